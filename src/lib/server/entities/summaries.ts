import type { EntitySummary, EntityType } from '$lib/domain/entities';
import { rowFields } from '$lib/kinds/present';
import { KINDS, kindOf } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import type { Tx } from '$lib/server/db/driver';

/** Per kind, the fields of its rows (the order of the `values` the queries return). */
export const ROW_FIELDS: Record<string, string[]> = Object.fromEntries(KINDS.map((k) => [k.type, rowFields(k)]));
const VIA: Record<string, string> = Object.fromEntries(KINDS.flatMap((k) => (k.subtitle?.via ? [[k.type, k.subtitle.via]] : [])));

interface SummaryRow {
	id: string;
	type: EntityType;
	name: string;
	phones: string[] | null;
	emails: string[] | null;
	managed: boolean | null;
	updatedAt: string;
	deletedAt: string | null;
	values: unknown[];
	linked: string[];
}

/** The `values` a query returned (in ROW_FIELDS order) as a record by field name. */
function rowValues(type: string, values: unknown[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	(ROW_FIELDS[type] ?? []).forEach((f, i) => (out[f] = values[i] ?? (kindOf(type).fields[f]?.multiple ? [] : null)));
	return out;
}

function toSummary(row: SummaryRow): EntitySummary {
	const values = rowValues(row.type, row.values);
	return {
		id: row.id,
		type: row.type,
		name: row.name,
		values,
		linked: row.linked,
		phones: row.phones ?? [],
		emails: row.emails ?? [],
		managed: row.managed ?? false,
		updatedAt: row.updatedAt,
		deletedAt: row.deletedAt
	};
}

/** The list rows of these entities, in this order (the names a subtitle adds only where `scope` sees them). */
export async function summaries(tx: Tx, ids: string[], scope: Visibility): Promise<EntitySummary[]> {
	if (ids.length === 0) return [];
	const rows = await tx.query<{ entity: SummaryRow }>('entities/summaries', { ids, fields: ROW_FIELDS, via: VIA, scope });
	return rows.map((r) => toSummary(r.entity));
}
