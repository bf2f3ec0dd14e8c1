import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { migrate } from '../../src/lib/server/db/migrations';
import { ensureSettings } from '../../src/lib/server/app/settings';
import { hasEntities, loadDemoData } from '../../src/lib/server/app/demo-data';
import { connect, disconnect } from '../../src/lib/server/db/driver';
import { freePort } from '../support/free-port';
import { query } from '../support/db';

const folders: string[] = [];
afterAll(async () => {
	for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

async function countNodes(db: EmbeddedNeo4j, label: string): Promise<number> {
	const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
	try {
		const result = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`);
		return result.records[0]!.get('n') as number;
	} finally {
		await driver.close();
	}
}

describe('the embedded Neo4j, from a fresh folder', () => {
	it('migrates and seeds once, stops its process, and keeps every record across a restart', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'crm-lifecycle-'));
		folders.push(dataDir);
		const port = await freePort();

		const first = await startEmbeddedNeo4j({ dataDir, boltPort: port, projectRoot: process.cwd() });
		await connect(first);
		const applied = await migrate();
		expect(applied.length).toBeGreaterThan(0);
		// The demo data goes through the write pipeline, which reads the settings (default phone country).
		await ensureSettings('FR');
		expect(await hasEntities()).toBe(false);
		const { entities } = await loadDemoData();
		expect(entities).toBeGreaterThanOrEqual(100);
		const unindexed = await query('MATCH (n:Entity) WHERE n.searchText IS NULL OR n.sortName IS NULL RETURN n');
		expect(unindexed).toHaveLength(0);
		const ours = await query<{ name: string }>('MATCH (o:Organisation {managed: true}) RETURN o.name AS name');
		expect(ours.map((o) => o.name)).toEqual(['Azur Fontaine']);
		await disconnect();
		const pid = first.pid;
		await first.stop();
		expect(alive(pid)).toBe(false);

		const second = await startEmbeddedNeo4j({ dataDir, boltPort: port, projectRoot: process.cwd() });
		try {
			expect(await countNodes(second, 'Entity')).toBe(entities);
			await connect(second);
			expect(await migrate()).toEqual([]);
			expect(await hasEntities()).toBe(true);
		} finally {
			await disconnect();
			await second.stop();
		}
	});
});
