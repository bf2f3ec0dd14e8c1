import type { RelationView } from '$lib/domain/relations';
import type { Visibility } from '$lib/server/access/visibility';
import { read } from '$lib/server/db/driver';

/** Every relation of an entity, read from its side, ordered by predicate then by the other entity's name. */
export async function relationsOf(entityId: string, scope: Visibility): Promise<RelationView[]> {
	const [row] = await read<{ relations: RelationView[] }>('relations/of-entity', { id: entityId, scope });
	return row?.relations ?? [];
}

/** Relations grouped under their predicate as read from this entity. */
export function groupByPredicate(relations: RelationView[]): { key: string; relations: RelationView[] }[] {
	const groups = new Map<string, RelationView[]>();
	for (const relation of relations) {
		const group = groups.get(relation.key) ?? [];
		group.push(relation);
		groups.set(relation.key, group);
	}
	return [...groups].map(([key, list]) => ({ key, relations: list }));
}
