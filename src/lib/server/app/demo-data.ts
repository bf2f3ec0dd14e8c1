/**
 * The demo data: `demo/<slug>.json` for each entity kind that has some (rows of field values, as a
 * form would send them), `demo/relations.json` ("subject" "type" "object", by name) and
 * `demo/tags.json`. Everything goes through the write pipeline and the relation engine, in one
 * transaction: either all of it is there or none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '$lib/domain/errors';
import { DEMO_ACTOR_ID } from '$lib/domain/history';
import { KINDS } from '$lib/kinds/registry';
import { titleOf } from '$lib/kinds/schema';
import { readTx, writeTx, type Tx } from '$lib/server/db/driver';
import { projectRoot } from '$lib/server/db/queries';
import type { Actor } from '$lib/server/entities/actor';
import { createEntitiesInTx } from '$lib/server/entities/pipeline';
import { relateInTx } from '$lib/server/relations/relate';
import { loadDemoOrders } from '$lib/server/sales/demo-orders';
import { getSettings } from './settings';

/** Who the history names for the demo data (shown as "demo data"). */
export const DEMO_ACTOR: Actor = { id: DEMO_ACTOR_ID, role: 'admin' };

interface DemoRelation {
	subject: string;
	type: string;
	object: string;
}

const demoFile = <T>(name: string): T | null => {
	const path = join(projectRoot(), 'demo', name);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
};

export async function hasEntities(): Promise<boolean> {
	const [row] = await readTx((tx) => tx.query<{ any: boolean }>('demo/has-entities'));
	return row?.any ?? false;
}

async function relateByName(tx: Tx, relations: DemoRelation[], idOf: Map<string, string>): Promise<void> {
	const byType = new Map<string, { subjectId: string; objectId: string }[]>();
	for (const r of relations) {
		const subjectId = idOf.get(r.subject);
		const objectId = idOf.get(r.object);
		if (!subjectId || !objectId) throw new Error(`demo/relations.json names an unknown entity: ${!subjectId ? r.subject : r.object}`);
		byType.set(r.type, [...(byType.get(r.type) ?? []), { subjectId, objectId }]);
	}
	for (const [type, pairs] of byType) {
		const [refused] = await relateInTx(tx, type, pairs, DEMO_ACTOR, true);
		if (refused) throw new DomainError(refused.problem, `demo relation ${type} refused (${refused.problem}) for ${relations.find((r) => r.type === type)?.subject}`);
	}
}

/**
 * Loads the demo data in one transaction. With `reset`, first removes every entity except the staff
 * contacts of user accounts; with `sales` (the default), two years of orders for the demo customers.
 */
export async function loadDemoData({ reset = false, sales = true } = {}): Promise<{ entities: number }> {
	const settings = await getSettings();
	return writeTx(async (tx) => {
		if (reset) await tx.query('demo/clear');
		const idOf = new Map<string, string>();
		let entities = 0;
		for (const kind of KINDS) {
			const rows = demoFile<Record<string, unknown>[]>(`${kind.slug}.json`) ?? [];
			const ids = await createEntitiesInTx(tx, kind, rows.map((values) => ({ values })), { actor: DEMO_ACTOR, settings, system: true });
			rows.forEach((values, i) => idOf.set(titleOf(kind, values), ids[i]!));
			entities += ids.length;
		}
		await relateByName(tx, demoFile<DemoRelation[]>('relations.json') ?? [], idOf);
		for (const { entity, tag } of demoFile<{ entity: string; tag: string }[]>('tags.json') ?? []) {
			const [row] = await tx.query<{ problem: string | null }>('tags/tag', { entityId: idOf.get(entity) ?? '', tagId: tag, actorId: DEMO_ACTOR.id, allowInternal: false });
			if (!row || row.problem) throw new Error(`demo/tags.json: cannot tag ${entity} with ${tag} (${row?.problem ?? 'unknown entity or tag'})`);
		}
		if (!sales) return { entities };
		// Two years of orders for the demo customers, in the same transaction (sales/demo-orders.ts).
		const history = await loadDemoOrders(tx, { actor: DEMO_ACTOR, settings });
		return { entities: entities + history.orders + history.invoices + history.payments };
	});
}
