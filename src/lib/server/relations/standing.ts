import { DomainError } from '$lib/domain/errors';
import { isLifecycleStage, isStandingKey, STANDING_KEYS, type StandingSide } from '$lib/domain/standing';
import { writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { archiveRelations, refusal, relateInTx } from '$lib/server/relations/relate';

type Held = StandingSide & { relationId: string };

export interface StandingChange {
	now: StandingSide;
	replaced: StandingSide[];
}

/**
 * Moves an entity to a standing with one of our companies in one transaction: a lifecycle stage
 * replaces the stage it had (prospect → customer), both steps in the history of both entities; being
 * a competitor is added beside the stage.
 */
export async function changeStanding(entityId: string, oursId: string, key: string, actor: Actor): Promise<StandingChange> {
	if (!isStandingKey(key)) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 422, { key });
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ held: Held[]; wanted: StandingSide | null }>('relations/standing', {
			entityId,
			oursId,
			key,
			keys: STANDING_KEYS,
			lockIds: [entityId, oursId].sort()
		});
		const held = row?.held ?? [];
		const replaced = isLifecycleStage(key) ? held.filter((h) => isLifecycleStage(h.key) && h.key !== key) : [];
		await archiveRelations(tx, replaced.map((h) => ({ entityId, relationId: h.relationId })), actor);
		// The stage it already has is refused as a duplicate, and the transaction undoes the rest.
		const [refused] = await relateInTx(tx, key, [{ subjectId: entityId, objectId: oursId }], actor, true);
		if (refused) throw refusal(refused, 1);
		const side = ({ key, predicate, predicateFr }: StandingSide) => ({ key, predicate, predicateFr });
		return { now: side(row?.wanted ?? { key, predicate: key, predicateFr: null }), replaced: replaced.map(side) };
	});
}
