// npm run db:seed — replaces every entity (except staff contacts of user accounts) with the demo data.
import { loadDemoData } from '$lib/server/app/demo-data';
import { runCli } from './cli';
import { openTaskDatabase } from './database';

await runCli(async () => {
	const database = await openTaskDatabase();
	try {
		const { entities } = await loadDemoData({ reset: true });
		console.log(`Demo data reloaded: ${entities} entities.`);
	} finally {
		await database.stop();
	}
});
