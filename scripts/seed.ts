// npm run db:seed — replaces every entity (except staff contacts of user accounts) with the demo data.
import { openDatabase } from '$lib/server/bootstrap';
import { loadConfig } from '$lib/server/config';
import { loadDemoData } from '$lib/server/db/seed';
import { runCli } from './cli';

await runCli(async () => {
	const database = await openDatabase(loadConfig(), console.log);
	try {
		const { entities } = await loadDemoData({ reset: true });
		console.log(`Demo data reloaded: ${entities} entities.`);
	} finally {
		await database.stop();
	}
});
