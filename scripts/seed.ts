// npm run db:seed — replaces every entity (except staff contacts of user accounts) with the demo data.
import { openDatabase } from '$lib/server/app/bootstrap';
import { loadConfig } from '$lib/server/app/config';
import { loadDemoData } from '$lib/server/app/demo-data';
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
