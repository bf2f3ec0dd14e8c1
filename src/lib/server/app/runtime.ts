import { bootstrap, type Started } from '$lib/server/app/bootstrap';
import { loadConfig } from '$lib/server/app/config';
import { startEventHub, stopEventHub } from '$lib/server/events/hub';
import { registerJobs } from '$lib/server/jobs/catalog';
import { startScheduler, stopScheduler } from '$lib/server/jobs/scheduler';
import { startWorker, stopWorker } from '$lib/server/jobs/worker';
import { INSTANCE_ID } from './instance';

let started: Promise<Started> | null = null;

/** Prints how to sign in: the generated password once, otherwise where it came from. */
function banner(result: Started, url: string | null, adminEmail: string): string[] {
	const lines = ['', '  Graph CRM is ready.'];
	if (url) lines.push(`  Open ${url}`);
	if (result.demoEntities !== null) lines.push(`  Demo data loaded: ${result.demoEntities} entities.`);
	const admin = result.initialAdmin;
	if (admin?.generatedPassword) {
		lines.push(`  Sign in as ${admin.email} with the password ${admin.generatedPassword}`);
		lines.push('  (generated now and shown only this once: change it under "My settings").');
	} else if (admin) {
		lines.push(`  Sign in as ${admin.email} with the password set in ADMIN_PASSWORD.`);
	} else {
		lines.push(`  Sign in as ${adminEmail} with your password (first start printed it, or ADMIN_PASSWORD set it).`);
		lines.push('  Lost it? Stop the app and run: npm run admin:reset-password');
	}
	lines.push('');
	return lines;
}

/** Starts once per process; later calls share the same start. */
export function startRuntime(url: string | null): Promise<Started> {
	started ??= (async () => {
		const config = loadConfig();
		const result = await bootstrap(config, (line) => console.log(line));
		for (const line of banner(result, url, config.ADMIN_EMAIL)) console.log(line);
		// Background work of this instance: live events, the job worker, the schedules.
		registerJobs();
		await startEventHub();
		startWorker(INSTANCE_ID);
		startScheduler(INSTANCE_ID);
		const stop = async () => {
			stopScheduler();
			await Promise.all([stopWorker(), stopEventHub()]);
			await result.stop();
		};
		process.once('sveltekit:shutdown', () => void stop());
		return result;
	})();
	return started;
}
