import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from '../../src/lib/server/db/driver';
import { startEmbeddedNeo4j } from '../../neo4j/embedded';
import { freePort } from './free-port';

export interface TestDatabase {
	connection: Connection;
	stop(): Promise<void>;
}

/**
 * NEO4J_URI when set (the tests then share that database: use a disposable one), otherwise a
 * fresh embedded Neo4j in a temporary folder on a free port, removed afterwards.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
	if (process.env.NEO4J_URI) {
		return {
			connection: {
				uri: process.env.NEO4J_URI,
				user: process.env.NEO4J_USER ?? 'neo4j',
				password: process.env.NEO4J_PASSWORD ?? '',
				database: process.env.NEO4J_DATABASE || undefined
			},
			stop: async () => {}
		};
	}
	const dataDir = await mkdtemp(join(tmpdir(), 'crm-test-'));
	const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: process.cwd() });
	return {
		connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
		stop: async () => {
			await neo4j.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}
