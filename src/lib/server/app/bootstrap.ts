import { join } from 'node:path';
import { ensureInitialAdmin } from '$lib/server/auth/users';
import type { Config } from '$lib/server/app/config';
import { connect, disconnect, type Connection } from '$lib/server/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '$lib/server/db/embedded-neo4j';
import { ensureKindIndexes } from '$lib/server/db/kind-schema';
import { migrate } from '$lib/server/db/migrations';
import { setCypherRoot } from '$lib/server/db/queries';
import { hasEntities, loadDemoData } from '$lib/server/app/demo-data';
import { ensureSettings } from '$lib/server/app/settings';

export interface OpenDatabase {
	connection: Connection;
	embedded: boolean;
	migrations: string[];
	stop(): Promise<void>;
}

export interface Started extends OpenDatabase {
	demoEntities: number | null;
	initialAdmin: { email: string; generatedPassword: string | null } | null;
}

/** Reaches Neo4j (starting the embedded one when NEO4J_URI is unset) and brings its schema up to date. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
	setCypherRoot(join(config.root, 'cypher'));
	let embedded: EmbeddedNeo4j | null = null;
	let connection: Connection;
	if (config.NEO4J_URI) {
		connection = {
			uri: config.NEO4J_URI,
			user: config.NEO4J_USER,
			password: config.NEO4J_PASSWORD,
			database: config.NEO4J_DATABASE
		};
	} else {
		log(`Starting the embedded Neo4j (data in ${config.dataDir}, Bolt on 127.0.0.1:${config.NEO4J_BOLT_PORT})…`);
		embedded = await startEmbeddedNeo4j({
			dataDir: config.dataDir,
			boltPort: config.NEO4J_BOLT_PORT,
			projectRoot: config.root,
			heap: config.NEO4J_HEAP,
			pageCache: config.NEO4J_PAGECACHE,
			log
		});
		connection = { uri: embedded.uri, user: embedded.user, password: embedded.password };
	}
	const stop = async () => {
		await disconnect();
		await embedded?.stop();
	};
	try {
		await connect(connection);
		const migrations = await migrate();
		await ensureKindIndexes();
		await ensureSettings(config.DEFAULT_PHONE_COUNTRY);
		return { connection, embedded: embedded !== null, migrations, stop };
	} catch (e) {
		await stop();
		throw e;
	}
}

/** Everything the app needs before its first request: database, demo data on an empty graph, first admin. */
export async function bootstrap(config: Config, log: (line: string) => void = console.log): Promise<Started> {
	const database = await openDatabase(config, log);
	try {
		let demoEntities: number | null = null;
		if (config.DEMO_DATA && !(await hasEntities())) demoEntities = (await loadDemoData()).entities;
		const initialAdmin = await ensureInitialAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
		return { ...database, demoEntities, initialAdmin };
	} catch (e) {
		await database.stop();
		throw e;
	}
}
