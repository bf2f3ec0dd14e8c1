import type { TestProject } from 'vitest/node';
import { connect, disconnect, type Connection } from '../../src/lib/server/db/driver';
import { ensureKindIndexes } from '../../src/lib/server/db/kind-schema';
import { migrate } from '../../src/lib/server/db/migrations';
import { ensureSettings } from '../../src/lib/server/app/settings';
import { startTestDatabase } from '../support/neo4j-for-tests';

declare module 'vitest' {
	export interface ProvidedContext {
		neo4j: Connection;
	}
}

export default async function setup(project: TestProject) {
	const database = await startTestDatabase();
	await connect(database.connection);
	await migrate();
	await ensureKindIndexes();
	await ensureSettings('FR');
	await disconnect();
	project.provide('neo4j', database.connection);
	return () => database.stop();
}
