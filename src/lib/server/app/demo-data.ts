import { searchText, sortKey } from '$lib/server/entities/search-text';
import { readTx, writeTx, type Tx } from '$lib/server/db/driver';
import { cypher, cypherFolder, statements } from '$lib/server/db/queries';

interface Unindexed {
	id: string;
	name: string;
	phones: string[] | null;
	emails: string[] | null;
	city: string | null;
	postcode: string | null;
	position: string | null;
}

/** Entities written by Cypher scripts lack the derived sort and search fields; fill them in. */
async function indexNewEntities(tx: Tx): Promise<void> {
	const rows = await tx.query<Unindexed>('demo/unindexed');
	const updates = rows.map((row) => ({ id: row.id, sortName: sortKey(row.name), searchText: searchText(row) }));
	await tx.query('demo/set-index-fields', { updates });
}

export async function hasEntities(): Promise<boolean> {
	const [row] = await readTx((tx) => tx.query<{ any: boolean }>('demo/has-entities'));
	return row?.any ?? false;
}

/**
 * Loads `cypher/seed/*.cypher` in one transaction: either all the demo data is there or none.
 * With `reset`, first removes every entity except the staff contacts of user accounts.
 */
export async function loadDemoData({ reset = false } = {}): Promise<{ entities: number }> {
	return writeTx(async (tx) => {
		if (reset) await tx.query('demo/clear');
		for (const file of cypherFolder('seed')) {
			for (const statement of statements(cypher(file))) await tx.run(statement);
		}
		await indexNewEntities(tx);
		const [row] = await tx.query<{ entities: number }>('demo/count');
		return { entities: row?.entities ?? 0 };
	});
}
