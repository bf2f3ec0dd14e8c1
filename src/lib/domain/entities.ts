import { z } from 'zod';
import type { EntityType } from '$lib/kinds/registry';

export { ENTITY_TYPES, isEntityType, type EntityType } from '$lib/kinds/registry';

/**
 * A stored entity as its page reads it: the fields of its kind's declaration, plus what every
 * entity has. `version` is what an edit sends back (a save over a newer one is refused).
 */
export interface EntityRecord {
	id: string;
	type: EntityType;
	name: string;
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
	ownerId: string | null;
	/** One of our own companies (organisations). */
	managed?: boolean;
	/** Set on the contact that stands for a user account. */
	userId?: string | null;
	version: string;
	[field: string]: unknown;
}

/** One row of a list or search result. */
export interface EntitySummary {
	id: string;
	type: EntityType;
	name: string;
	/** The kind's list columns, badges and subtitle fields. */
	values: Record<string, unknown>;
	/** Names the subtitle adds (a contact's employers). */
	linked: string[];
	phones: string[];
	emails: string[];
	managed: boolean;
	updatedAt: string;
	deletedAt: string | null;
}

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

export const listQuery = z.object({
	q: z.string().trim().transform((v) => v.slice(0, 200)).catch(''),
	sort: z.string().max(40).catch('name'),
	dir: z.enum(SORT_DIRECTIONS).catch('asc'),
	page: z.coerce.number().int().min(1).catch(1),
	size: z.coerce.number().int().min(5).max(100).catch(25)
});
export type ListQuery = z.output<typeof listQuery>;

export interface Page<T> {
	items: T[];
	total: number;
	page: number;
	size: number;
}

/** A page whose total may come later (null): a large filtered answer is counted separately. */
export interface OpenPage<T> extends Omit<Page<T>, 'total'> {
	total: number | null;
	hasMore: boolean;
}
