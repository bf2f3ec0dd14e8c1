// The database of a command-line task: NEO4J_URI, or the embedded Neo4j in DATA_DIR (as `npm start`
// runs it), started for the task and stopped after.
import { openDatabase, type OpenDatabase } from '$lib/server/app/bootstrap';
import { loadConfig, type Config } from '$lib/server/app/config';
import { startEmbeddedNeo4j } from '../neo4j/embedded';

export async function openTaskDatabase(log: (line: string) => void = console.log): Promise<OpenDatabase & { config: Config }> {
	let config = loadConfig();
	if (config.NEO4J_URI) return { ...(await openDatabase(config, log)), config };
	const embedded = await startEmbeddedNeo4j({
		dataDir: config.dataDir,
		boltPort: config.NEO4J_BOLT_PORT,
		projectRoot: config.root,
		heap: config.NEO4J_HEAP,
		pageCache: config.NEO4J_PAGECACHE,
		log
	});
	config = { ...config, NEO4J_URI: embedded.uri, NEO4J_USER: embedded.user, NEO4J_PASSWORD: embedded.password };
	try {
		const database = await openDatabase(config, log);
		return {
			...database,
			config,
			stop: async () => {
				await database.stop();
				await embedded.stop();
			}
		};
	} catch (e) {
		await embedded.stop();
		throw e;
	}
}
