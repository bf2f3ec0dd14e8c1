/** Runs a command-line task: a known failure prints one sentence, not a stack trace. */
export async function runCli(task: () => Promise<void>): Promise<void> {
	try {
		await task();
	} catch (e) {
		console.error(`\n${e instanceof Error ? e.message : String(e)}\n`);
		process.exitCode = 1;
	}
}
