import { join } from 'node:path';
import { ensureInitialAdmin } from '$lib/server/auth/users';
import type { Config } from '$lib/server/app/config';
import { connect, disconnect, type Connection } from '$lib/server/db/driver';
import { ensureKindIndexes } from '$lib/server/db/kind-schema';
import { migrate } from '$lib/server/db/migrations';
import { setCypherRoot } from '$lib/server/db/queries';
import { hasEntities, loadDemoData } from '$lib/server/app/demo-data';
import { ensureSettings } from '$lib/server/app/settings';
import { rebuildAllTotals } from '$lib/server/sales/totals';
import { withStartupLock } from './startup-lock';

export interface OpenDatabase {
	connection: Connection;
	migrations: string[];
	stop(): Promise<void>;
}

export interface Started extends OpenDatabase {
	demoEntities: number | null;
	initialAdmin: { email: string; generatedPassword: string | null } | null;
}

/** The schema and settings every instance needs, in the start-up's one-time work. */
async function prepareSchema(config: Config): Promise<string[]> {
	const migrations = await migrate();
	// The sales totals of the orders taken before they were kept (migration 009), computed once.
	if (migrations.includes('009_sales_totals')) await rebuildAllTotals();
	await ensureKindIndexes();
	await ensureSettings(config.DEFAULT_PHONE_COUNTRY);
	return migrations;
}

async function connectTo(config: Config): Promise<Connection> {
	setCypherRoot(join(config.root, 'cypher'));
	if (!config.NEO4J_URI) {
		throw new Error('NEO4J_URI is not set: `npm start` starts the embedded Neo4j and sets it; otherwise point it at any Neo4j 5 (see the README).');
	}
	const connection = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
	await connect(connection);
	return connection;
}

/** Reaches Neo4j (NEO4J_URI) and brings its schema up to date: what command-line tasks need. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
	const connection = await connectTo(config);
	try {
		const migrations = await withStartupLock(() => prepareSchema(config), log);
		return { connection, migrations, stop: disconnect };
	} catch (e) {
		await disconnect();
		throw e;
	}
}

/**
 * Everything the app needs before its first request: the schema, demo data on an empty graph, the
 * first admin. Done once across instances starting together (the start-up lock).
 */
export async function bootstrap(config: Config, log: (line: string) => void = console.log): Promise<Started> {
	const connection = await connectTo(config);
	try {
		return await withStartupLock(async () => {
			const migrations = await prepareSchema(config);
			let demoEntities: number | null = null;
			if (config.DEMO_DATA && !(await hasEntities())) demoEntities = (await loadDemoData()).entities;
			const initialAdmin = await ensureInitialAdmin(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
			return { connection, migrations, demoEntities, initialAdmin, stop: disconnect };
		}, log);
	} catch (e) {
		await disconnect();
		throw e;
	}
}
