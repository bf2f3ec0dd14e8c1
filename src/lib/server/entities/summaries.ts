import type { EntitySummary, EntityType, OrgStatus } from '$lib/domain/entities';

/** The raw row shape the list and search queries return. */
export interface SummaryRow {
	id: string;
	type: EntityType;
	name: string;
	phones: string[] | null;
	emails: string[] | null;
	status?: OrgStatus | null;
	category?: string | null;
	managed?: boolean | null;
	city?: string | null;
	country?: string | null;
	position?: string | null;
	employers?: string[] | null;
	updatedAt: string;
	deletedAt: string | null;
}

function subtitleOf(row: SummaryRow): string | null {
	if (row.type === 'Organisation') {
		if (row.city) return row.country ? `${row.city} (${row.country})` : row.city;
		return row.country ?? null;
	}
	const parts = [row.position, ...(row.employers ?? [])].filter(Boolean);
	return parts.length > 0 ? parts.join(' · ') : null;
}

export function toSummary(row: SummaryRow): EntitySummary {
	return {
		id: row.id,
		type: row.type,
		name: row.name,
		subtitle: subtitleOf(row),
		phones: row.phones ?? [],
		emails: row.emails ?? [],
		status: row.status ?? null,
		category: row.category ?? null,
		managed: row.managed ?? false,
		updatedAt: row.updatedAt,
		deletedAt: row.deletedAt
	};
}
