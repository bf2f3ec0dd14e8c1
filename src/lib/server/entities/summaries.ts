import type { EntitySummary, EntityType } from '$lib/domain/entities';
import type { EntityKind } from '$lib/kinds/define';
import { KINDS, kindOf } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import type { Tx } from '$lib/server/db/driver';

/** The fields a row of each kind carries: its list columns, badges and subtitle fields. */
function rowFields(kind: EntityKind): string[] {
	const badges = kind.fieldNames.filter((f) => kind.fields[f]!.badge);
	return [...new Set([...kind.columns, ...badges, ...(kind.subtitle?.fields ?? [])])];
}

const FIELDS: Record<string, string[]> = Object.fromEntries(KINDS.map((k) => [k.type, rowFields(k)]));
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

function toSummary(row: SummaryRow): EntitySummary {
	const fields = FIELDS[row.type] ?? [];
	const values: Record<string, unknown> = {};
	fields.forEach((f, i) => (values[f] = row.values[i] ?? (kindOf(row.type).fields[f]?.multiple ? [] : null)));
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
	const rows = await tx.query<{ entity: SummaryRow }>('entities/summaries', { ids, fields: FIELDS, via: VIA, scope });
	return rows.map((r) => toSummary(r.entity));
}
