import type { Page } from '$lib/domain/entities';
import type { ChangeAction, FieldChange, HistoryEntry } from '$lib/domain/history';
import type { Visibility } from '$lib/server/access/visibility';
import { read, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';

/** Records a change of one entity, in the caller's transaction. */
export function recordChange(
	tx: Tx,
	entityId: string,
	action: ChangeAction,
	actor: Actor,
	fields: FieldChange[] = []
): Promise<unknown> {
	return tx.query('history/record', { entityId, action, actorId: actor.id, fields: JSON.stringify(fields) });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose value changes, with before and after, for the timeline. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, ignore: string[] = []): FieldChange[] {
	return Object.keys(after)
		.filter((field) => !ignore.includes(field) && !same(before[field], after[field]))
		.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

interface Row {
	total: number;
	change: Record<string, unknown>;
	forward: { predicate: string; predicateFr: string | null } | null;
	backward: { predicate: string; predicateFr: string | null } | null;
}

function toEntry(entityId: string, row: Row): HistoryEntry {
	const c = row.change;
	let relation: HistoryEntry['relation'] = null;
	if (c.relationKey) {
		const fromStart = c.startId === entityId;
		const side = (fromStart ? row.forward : row.backward) ?? { predicate: String(c.relationKey), predicateFr: null };
		relation = {
			...side,
			otherId: String(fromStart ? c.endId : c.startId),
			otherName: String(fromStart ? c.endName : c.startName)
		};
	}
	return {
		id: String(c.id),
		at: String(c.at),
		actorId: typeof c.actorId === 'string' ? c.actorId : null,
		actorName: String(c.actorName ?? ''),
		action: c.action as ChangeAction,
		fields: typeof c.fields === 'string' ? (JSON.parse(c.fields) as FieldChange[]) : [],
		relation,
		tag: typeof c.tagName === 'string' ? c.tagName : null
	};
}

export async function historyOf(entityId: string, scope: Visibility, page = 1, size = 20): Promise<Page<HistoryEntry>> {
	const paging = { id: entityId, skip: (page - 1) * size, limit: size };
	// Two queries, so that the timeline of a principal who sees everything costs what it always did.
	const rows = await (scope ? read<Row>('history/of-entity-scoped', { ...paging, scope }) : read<Row>('history/of-entity', paging));
	return {
		items: rows.map((r) => toEntry(entityId, r)),
		total: rows[0]?.total ?? 0,
		page,
		size
	};
}
