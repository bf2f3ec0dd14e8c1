import { randomUUID } from 'node:crypto';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { RelationAttributes } from '$lib/domain/relations';
import { writeTx, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';

export interface RelateOptions {
	/** Only the product's own code may create or remove relations of an internal type. */
	allowInternal?: boolean;
}

/** A refused item of a batch: where it is in the batch, why, and what its message names. */
export interface CheckRow {
	index: number;
	problem: string;
	objectId: string;
	side: { predicate: string; subjectTypes: EntityType[] };
	other: { subjectTypes: EntityType[] };
	subject: { name: string; type: EntityType } | null;
	object: { name: string; type: EntityType } | null;
	/** What is at fault about tags: their names, once `checkBatch` has looked them up. */
	tags: string[];
}

type Item = { subjectId: string; objectId: string; relationId?: string };

const NO_ATTRIBUTES: RelationAttributes = { since: null, until: null, note: null };

/** What a refusal's message names: the predicate, both entities, their types, the allowed ones, the tags. */
export function refusalParams(row: CheckRow): Record<string, string> {
	return {
		predicate: row.side.predicate,
		subject: row.subject?.name ?? '',
		object: row.object?.name ?? '',
		subjectType: row.subject?.type ?? '',
		objectType: row.object?.type ?? '',
		allowed: row.side.subjectTypes.join(', '),
		allowedObjects: row.other.subjectTypes.join(', '),
		tags: row.tags.join(', ')
	};
}

/** Turns the first refused item into a DomainError whose message names what is wrong. */
export function refusal(row: CheckRow, refusedCount: number): DomainError {
	const p = { ...refusalParams(row), others: refusedCount - 1 };
	const code = row.problem;
	const status = code.endsWith('NOT_FOUND') ? 404 : code === 'DUPLICATE' ? 409 : 422;
	// The architecture's code for a type that does not fit an entity (the message says which side).
	const apiCode = code.endsWith('TYPE_NOT_ALLOWED') ? 'RELATION_TYPE_NOT_ALLOWED' : code;
	return new DomainError(apiCode, `error.relate.${code}`, status, p);
}

/**
 * Checks (and locks) a batch of relations of one side type in the caller's transaction and, with
 * `create`, writes it when every item is accepted. Returns the refused items, whose tags are named
 * (looked up only then, so that accepted batches cost nothing more).
 */
async function checkBatch(
	tx: Tx,
	sideKey: string,
	items: Item[],
	options: RelateOptions,
	create: { attributes: RelationAttributes; actor: Actor } | null
): Promise<CheckRow[]> {
	if (items.length === 0) return [];
	const lockIds = [...new Set(items.flatMap((i) => [i.subjectId, i.objectId]))].sort();
	const attributes = Object.fromEntries(Object.entries(create?.attributes ?? {}).filter(([, v]) => v !== null));
	const [result] = await tx.query<{ refused: CheckRow[] }>('relations/relate', {
		sideKey,
		items,
		lockIds,
		allowInternal: options.allowInternal ?? false,
		create: create !== null,
		attributes,
		actorId: create?.actor.id ?? null
	});
	if (!result) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 422, { key: sideKey });
	const ids = [...new Set(result.refused.flatMap((r) => r.tags))];
	if (ids.length === 0) return result.refused;
	const names = new Map((await tx.query<{ id: string; name: string }>('tags/names', { ids })).map((t) => [t.id, t.name]));
	return result.refused.map((r) => ({ ...r, tags: r.tags.map((id) => names.get(id) ?? id) }));
}

async function checkAndCreate(
	tx: Tx,
	sideKey: string,
	items: Required<Item>[],
	attributes: RelationAttributes,
	actor: Actor,
	options: RelateOptions
): Promise<void> {
	const refused = await checkBatch(tx, sideKey, items, options, { attributes, actor });
	if (refused.length > 0) throw refusal(refused[0]!, refused.length);
}

/**
 * "subject <side predicate> object" for each object, stored once per pair in the canonical
 * direction. All or nothing: one refused object refuses the whole call, and nothing is written.
 * Returns the new relation ids, in the order of `objectIds`.
 */
export async function relate(
	subjectId: string,
	sideKey: string,
	objectIds: string[],
	actor: Actor,
	attributes: RelationAttributes = NO_ATTRIBUTES,
	options: RelateOptions = {}
): Promise<string[]> {
	const items = [...new Set(objectIds)].map((objectId) => ({ subjectId, objectId, relationId: randomUUID() }));
	await writeTx((tx) => checkAndCreate(tx, sideKey, items, attributes, actor, options));
	return items.map((i) => i.relationId);
}

/** Many (subject, object) pairs of one side type in one transaction, all or nothing (imports, bulk loads). */
export async function relateMany(
	sideKey: string,
	pairs: { subjectId: string; objectId: string }[],
	actor: Actor,
	options: RelateOptions = {}
): Promise<number> {
	const seen = new Set<string>();
	const items = pairs
		.filter((p) => {
			const k = `${p.subjectId}\u0000${p.objectId}`;
			return seen.has(k) ? false : (seen.add(k), true);
		})
		.map((p) => ({ ...p, relationId: randomUUID() }));
	await writeTx((tx) => checkAndCreate(tx, sideKey, items, NO_ATTRIBUTES, actor, options));
	return items.length;
}

/**
 * A batch of one side type inside a caller's transaction (the triple import runs everything in one):
 * checked and locked as relate does, and written when `create` is set and every item is accepted.
 * Returns the refused items for the caller to report; the caller's transaction decides what commits.
 */
export function relateInTx(
	tx: Tx,
	sideKey: string,
	pairs: { subjectId: string; objectId: string }[],
	actor: Actor,
	create: boolean
): Promise<CheckRow[]> {
	const items = pairs.map((p) => ({ ...p, relationId: randomUUID() }));
	return checkBatch(tx, sideKey, items, {}, create ? { attributes: NO_ATTRIBUTES, actor } : null);
}

/** Removes relations given as (one of their entities, relation id), recording both events on both entities. */
export function archiveRelations(tx: Tx, items: { entityId: string; relationId: string }[], actor: Actor): Promise<unknown> {
	return tx.query('relations/archive', { items, actorId: actor.id });
}

/** Removes a relation, from either of its entities; the history of both records it. */
export function unrelate(entityId: string, relationId: string, actor: Actor, options: RelateOptions = {}): Promise<void> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ refused: boolean; predicate: string | null }>('relations/find', {
			entityId,
			relationId,
			allowInternal: options.allowInternal ?? false
		});
		if (!row) throw new DomainError('RELATION_NOT_FOUND', 'error.relate.RELATION_NOT_FOUND', 404);
		if (row.refused) throw new DomainError('TYPE_INTERNAL', 'error.relate.TYPE_INTERNAL', 422, { predicate: row.predicate ?? '' });
		await archiveRelations(tx, [{ entityId, relationId }], actor);
	});
}
