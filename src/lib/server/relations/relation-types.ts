import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { RelationSide, RelationTypeInput, RelationTypePair } from '$lib/domain/relations';
import { read, write, writeTx } from '$lib/server/db/driver';
import { archiveRelations } from '$lib/server/relations/relate';
import type { Actor } from '$lib/server/entities/actor';

interface PairRow {
	side: RelationSide;
	partner: RelationSide;
	count: number;
}

const toPair = (row: PairRow): RelationTypePair => ({ side: row.side, partner: row.partner, count: row.count });

/** Refuses (422, UNKNOWN_RELATION_TYPE) the first of `keys` that is not a relation side in `known`. */
export function assertKnownSides(known: Map<string, unknown>, keys: Iterable<string>): void {
	for (const key of keys) {
		if (!known.has(key)) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 422, { key });
	}
}

export async function listRelationTypes(): Promise<RelationTypePair[]> {
	return (await read<PairRow>('relation-types/list')).map(toPair);
}

/** The pair seen from `key`'s side; 404 when there is no such type. */
export async function getRelationType(key: string): Promise<RelationTypePair> {
	const [row] = await read<PairRow>('relation-types/get', { key });
	if (!row) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 404, { key });
	return toPair(row);
}

/** Sides this entity may be the subject of, each with its partner (whose subject types are the allowed objects). */
export async function relationTypesFor(entityId: string): Promise<RelationTypePair[]> {
	return (await read<PairRow>('relation-types/for-entity', { id: entityId })).map(toPair);
}

/** A readable, unique native type name from a predicate: "is a reseller of" → C_IS_A_RESELLER_OF. */
export function keyFor(predicate: string, taken: Set<string>): string {
	const base =
		'C_' +
			predicate
				.normalize('NFD')
				.replace(/\p{Diacritic}/gu, '')
				.toUpperCase()
				.replace(/[^A-Z0-9]+/g, '_')
				.replace(/^_+|_+$/g, '')
				.slice(0, 60) || 'C_RELATION';
	let key = base;
	for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
	return key;
}

function sides(input: RelationTypeInput) {
	const subject = {
		predicate: input.predicate,
		predicateFr: input.predicateFr,
		subjectTypes: input.subjectTypes as EntityType[],
		requiredTags: input.subjectRequiredTags,
		forbiddenTags: input.subjectForbiddenTags
	};
	const object = input.symmetric
		? subject
		: {
				predicate: input.inversePredicate,
				predicateFr: input.inversePredicateFr,
				subjectTypes: input.objectTypes as EntityType[],
				requiredTags: input.objectRequiredTags,
				forbiddenTags: input.objectForbiddenTags
			};
	return { subject, object };
}

/** A custom pair, usable at once. Returns the subject side's key. */
export async function createRelationType(input: RelationTypeInput): Promise<string> {
	const taken = new Set((await read<{ key: string }>('relation-types/keys')).map((r) => r.key));
	const { subject, object } = sides(input);
	const aKey = keyFor(subject.predicate, taken);
	taken.add(aKey);
	const bKey = input.symmetric ? aKey : keyFor(object.predicate, taken);
	const [row] = await write<{ key: string }>('relation-types/create-pair', {
		symmetric: input.symmetric,
		a: { ...subject, key: aKey },
		b: { ...object, key: bKey }
	});
	return row!.key;
}

/** Built-in types cannot be edited (only enabled or disabled); a symmetric type stays symmetric. */
export async function updateRelationType(key: string, input: RelationTypeInput): Promise<void> {
	const pair = await getRelationType(key);
	if (!pair.side.custom) throw new DomainError('BUILT_IN_TYPE', 'error.relationType.builtIn', 409);
	if (pair.side.symmetric !== input.symmetric) {
		throw new DomainError('SYMMETRY_FIXED', 'error.relationType.symmetryFixed', 422);
	}
	const { subject, object } = sides(input);
	// Edits are read from the side the admin opened; store them on the matching nodes.
	const [a, b] = pair.side.canonical ? [subject, object] : [object, subject];
	await write('relation-types/update-pair', { key: pair.side.canonical ? key : pair.side.partnerKey, a, b });
}

export async function setRelationTypeEnabled(key: string, enabled: boolean): Promise<void> {
	const [row] = await write('relation-types/set-enabled', { key, enabled });
	if (!row) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 404, { key });
}

/**
 * Deletes a custom pair. While relations use it, refuses with their count unless the caller
 * confirms exactly that count (then the relations go too, each recorded in the history).
 */
export async function deleteRelationType(key: string, confirmedCount: number | null, actor: Actor): Promise<number> {
	const pair = await getRelationType(key);
	if (!pair.side.custom) throw new DomainError('BUILT_IN_TYPE', 'error.relationType.builtIn', 409);
	return writeTx(async (tx) => {
		const [usage] = await tx.query<{ nativeType: string; count: number }>('relation-types/usage', { key });
		if (!usage) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 404, { key });
		if (usage.count > 0 && usage.count !== confirmedCount) {
			throw new DomainError('RELATION_TYPE_IN_USE', 'error.relationType.inUse', 409, { count: usage.count });
		}
		const relations = await tx.query<{ entityId: string; relationId: string }>('relations/of-type', { nativeType: usage.nativeType });
		await archiveRelations(tx, relations, actor);
		await tx.query('relation-types/delete-pair', { key });
		return usage.count;
	});
}
