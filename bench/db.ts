/** The benchmark's own Neo4j per scale, and the queries the runner shares with the measurements. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect, disconnect, readTx, runAutoCommit } from '$lib/server/db/driver';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { ensureKindIndexes } from '$lib/server/db/kind-schema';
import { migrate } from '$lib/server/db/migrations';
import { setCypherRoot } from '$lib/server/db/queries';
import { ensureSettings } from '$lib/server/app/settings';
import { freePort } from '../tests/support/free-port';
import { benchCypher } from './cypher';
import type { Marker } from './generate';
import type { Scale } from './scales';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA = join(ROOT, '.data');
export const RESULTS = join(DATA, 'bench-results');
export const dataDirOf = (scale: Scale) => join(DATA, `bench-${scale.name}`);

setCypherRoot(join(ROOT, 'cypher'));

/** The scale's own Neo4j, connected, with the product's schema. */
export async function open(scale: Scale, dataDir: string, log: (line: string) => void) {
	const neo4j = await startEmbeddedNeo4j({
		dataDir,
		boltPort: await freePort(),
		projectRoot: ROOT,
		heap: scale.heap,
		pageCache: scale.pageCache,
		log: (line) => log(`neo4j: ${line}`)
	});
	try {
		await connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
		const applied = await migrate();
		await ensureKindIndexes();
		if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
		await ensureSettings('FR');
	} catch (e) {
		await disconnect();
		await neo4j.stop();
		throw e;
	}
	return {
		stop: async () => {
			await disconnect();
			await neo4j.stop();
		}
	};
}

export async function readMarker(): Promise<{ marker: Marker | null; anyEntity: boolean }> {
	const [row] = await readTx((tx) => tx.run<{ marker: Marker | null; anyEntity: boolean }>(benchCypher('marker-read')));
	return { marker: row?.marker ?? null, anyEntity: row?.anyEntity ?? false };
}

export async function cleanup(log: (line: string) => void): Promise<void> {
	const t = performance.now();
	await runAutoCommit(benchCypher('cleanup'));
	await runAutoCommit(benchCypher('cleanup-history'));
	const ms = performance.now() - t;
	if (ms > 2_000) log(`removed the benchmark's own writes in ${(ms / 1000).toFixed(1)} s`);
}

/** Live organisations and contacts to draw random pairs from (ours, competitors and the hub left out). */
export async function pools(marker: Marker): Promise<{ orgs: string[]; contacts: string[] }> {
	const reserved = [marker.oursId, marker.hubId, ...marker.competitorIds];
	const rows = await readTx((tx) => tx.run<{ id: string; organisation: boolean }>(benchCypher('pools'), { reserved }));
	return { orgs: rows.filter((p) => p.organisation).map((p) => p.id), contacts: rows.filter((p) => !p.organisation).map((p) => p.id) };
}
