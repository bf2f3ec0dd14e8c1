import { KINDS } from '$lib/kinds/registry';
import type { EntityKind } from '$lib/kinds/define';
import { runAutoCommit } from './driver';

/**
 * The indexes every entity kind needs, from its declaration: its sort name (lists walk it in order),
 * its display name (GraphQL sorts and filters on it), its last update, and every field declared
 * `indexed` (filters start from them). Names and labels come from the registry, never from input;
 * IF NOT EXISTS keeps it idempotent, so it runs at every start.
 */
export function kindIndexStatements(kinds: readonly EntityKind[] = KINDS): string[] {
	return kinds.flatMap((kind) => {
		const prefix = kind.type.toLowerCase();
		const on = (name: string, property: string) => `CREATE INDEX ${prefix}_${name} IF NOT EXISTS FOR (n:${kind.type}) ON (n.${property})`;
		const indexed = kind.fieldNames.filter((f) => kind.fields[f]!.indexed).map((f) => on(f.toLowerCase(), f));
		return [on('name', 'sortName'), on('display_name', 'name'), on('updated', 'updatedAt'), ...indexed];
	});
}

export async function ensureKindIndexes(): Promise<void> {
	for (const statement of kindIndexStatements()) await runAutoCommit(statement);
	await runAutoCommit('CALL db.awaitIndexes(300)');
}
