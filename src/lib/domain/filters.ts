import { z } from 'zod';
import { ENTITY_TYPES, ORG_KINDS, ORG_STATUSES, type EntityType } from '$lib/domain/entities';

/**
 * A list filter: conditions on fields, tags and relations, combined with AND/OR and nested.
 * "Organisations that are prospects of a competitor of ours" is
 *   relation IS_PROSPECT_OF → (Organisation: relation IS_COMPETITOR_OF → (Organisation: managed = true))
 * Relation types are named by the side key as read from the filtered entity.
 */
export type FilterNode =
	| { kind: 'group'; op: 'and' | 'or'; items: FilterNode[] }
	| { kind: 'relation'; negate: boolean; type: string; target: RelationTarget }
	| { kind: 'field'; field: FilterField; value: string }
	| { kind: 'tag'; negate: boolean; tagId: string };

export type RelationTarget =
	| { kind: 'any' }
	| { kind: 'entity'; id: string }
	| { kind: 'filter'; entityType: EntityType | null; filter: FilterNode };

/** Fields compared for equality (name: contains, case- and accent-insensitive). */
export const FILTER_FIELDS = ['name', 'status', 'category', 'kind', 'managed', 'city', 'country', 'position'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const FIELD_VALUES: Partial<Record<FilterField, readonly string[]>> = {
	status: ORG_STATUSES,
	kind: ORG_KINDS,
	managed: ['true', 'false']
};

export const MAX_FILTER_DEPTH = 6;
export const MAX_FILTER_CONDITIONS = 40;

const key = z.string().trim().min(1).max(80);

export const filterNode: z.ZodType<FilterNode> = z.lazy(() =>
	z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('group'), op: z.enum(['and', 'or']), items: z.array(filterNode).max(MAX_FILTER_CONDITIONS) }),
		z.object({ kind: z.literal('relation'), negate: z.boolean(), type: key, target: relationTarget }),
		z.object({ kind: z.literal('field'), field: z.enum(FILTER_FIELDS), value: z.string().trim().max(200) }),
		z.object({ kind: z.literal('tag'), negate: z.boolean(), tagId: key })
	])
);

const relationTarget: z.ZodType<RelationTarget> = z.lazy(() =>
	z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('any') }),
		z.object({ kind: z.literal('entity'), id: key }),
		z.object({ kind: z.literal('filter'), entityType: z.enum(ENTITY_TYPES).nullable(), filter: filterNode })
	])
);

/** Depth and size of a filter, so that absurd ones are refused before any Cypher is built. */
export function filterSize(node: FilterNode, depth = 1): { depth: number; conditions: number } {
	if (node.kind === 'group') {
		return node.items.reduce(
			(acc, item) => {
				const s = filterSize(item, depth + 1);
				return { depth: Math.max(acc.depth, s.depth), conditions: acc.conditions + s.conditions };
			},
			{ depth, conditions: 0 }
		);
	}
	if (node.kind === 'relation' && node.target.kind === 'filter') {
		const s = filterSize(node.target.filter, depth + 1);
		return { depth: s.depth, conditions: s.conditions + 1 };
	}
	return { depth, conditions: 1 };
}

export const savedFilterInput = z.object({
	name: z.string().trim().min(1, { error: 'error.required' }).max(80, { error: 'error.tooLong' }),
	entityType: z.enum(ENTITY_TYPES),
	shared: z.boolean(),
	filter: filterNode
});
export type SavedFilterInput = z.output<typeof savedFilterInput>;

export interface SavedFilter extends SavedFilterInput {
	id: string;
	ownerId: string;
	ownerName: string;
	mine: boolean;
}
