import { spawn, type ChildProcess } from 'node:child_process';

export interface AppProcess {
	baseURL: string;
	/** What it printed so far. */
	output: () => string;
	stop(): Promise<void>;
}

/** Resolves once the app answers /health, or fails with what it printed. */
async function waitForApp(baseURL: string, child: ChildProcess, output: string[]): Promise<void> {
	const deadline = Date.now() + 540_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output.join('')}`);
		try {
			if ((await fetch(`${baseURL}/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`The app did not answer within 9 minutes:\n${output.join('')}`);
}

/** The product exactly as `npm start` runs it (scripts/start.js), on `port`, with these variables. */
export async function startApp(port: number, env: Record<string, string>): Promise<AppProcess> {
	const baseURL = `http://localhost:${port}`;
	const output: string[] = [];
	const child = spawn(process.execPath, ['scripts/start.js'], { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
	child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
	await waitForApp(baseURL, child, output);
	return {
		baseURL,
		output: () => output.join(''),
		stop: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
	};
}
