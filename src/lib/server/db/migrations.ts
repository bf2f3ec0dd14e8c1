import { cypher, cypherFolder, statements } from '$lib/server/db/queries';
import { read, runAutoCommit, write } from '$lib/server/db/driver';

/**
 * Applies `cypher/migrations/*.cypher` in name order, each once, recorded as `(:Migration {id})`.
 * Statements are idempotent (`IF NOT EXISTS`), so an interrupted run is safe to repeat.
 * Returns the ids applied by this call (empty on an up-to-date database).
 */
export async function migrate(): Promise<string[]> {
	// The constraint on Migration ids is itself created by the first migration; reading before it exists is fine.
	const done = new Set(
		(await read<{ id: string }>('db/applied-migrations')).map((row) => row.id)
	);
	const applied: string[] = [];
	for (const name of cypherFolder('migrations')) {
		const id = name.slice('migrations/'.length);
		if (done.has(id)) continue;
		for (const statement of statements(cypher(name))) await runAutoCommit(statement);
		await write('db/record-migration', { id });
		applied.push(id);
	}
	if (applied.length > 0) await runAutoCommit('CALL db.awaitIndexes(300)');
	return applied;
}
