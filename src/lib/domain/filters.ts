import { z } from 'zod';
import type { FilterOperator } from '$lib/kinds/fields';
import { ENTITY_TYPES, type EntityType } from '$lib/domain/entities';

/**
 * A list filter: conditions on fields, tags and relations, combined with AND/OR and nested.
 * "Organisations that are prospects of a competitor of ours" is
 *   relation IS_PROSPECT_OF → (Organisation: relation IS_COMPETITOR_OF → (Organisation: managed = true))
 * Relation types are named by the side key as read from the filtered entity.
 */
export type FilterNode =
	| { kind: 'group'; op: 'and' | 'or'; items: FilterNode[] }
	| { kind: 'relation'; negate: boolean; type: string; target: RelationTarget }
	| { kind: 'field'; field: string; op?: FilterOperator; value: string }
	| { kind: 'tag'; negate: boolean; tagId: string };

export type RelationTarget =
	| { kind: 'any' }
	| { kind: 'entity'; id: string }
	| { kind: 'filter'; entityType: EntityType | null; filter: FilterNode };

/**
 * A field condition names a field of the filtered kind's declaration (or `id`, `ownerId`): the
 * server checks it is filterable and how. Without `op`, the field's first operator applies (names:
 * contains, case- and accent-insensitive; most others: equals).
 */
export const FILTER_OPERATORS = ['eq', 'contains', 'lt', 'gt'] as const;

export const MAX_FILTER_DEPTH = 6;
export const MAX_FILTER_CONDITIONS = 40;

const key = z.string().trim().min(1, { error: 'error.filter.incomplete' }).max(80);

export const filterNode: z.ZodType<FilterNode> = z.lazy(() =>
	z.discriminatedUnion('kind', [
		z.object({ kind: z.literal('group'), op: z.enum(['and', 'or']), items: z.array(filterNode).max(MAX_FILTER_CONDITIONS) }),
		z.object({ kind: z.literal('relation'), negate: z.boolean(), type: key, target: relationTarget }),
		z.object({
			kind: z.literal('field'),
			field: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/),
			op: z.enum(FILTER_OPERATORS).optional(),
			value: z.string({ error: 'error.filter.valueRequired' }).trim().min(1, { error: 'error.filter.valueRequired' }).max(200)
		}),
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

/**
 * Why a filter cannot be applied or saved, as a message key ("give the condition a value"), or null
 * when it is complete. The filter builder asks before applying; the server asks again.
 */
export function filterProblem(candidate: unknown): { ok: true; filter: FilterNode } | { ok: false; message: string } {
	const parsed = filterNode.safeParse(candidate);
	if (parsed.success) return { ok: true, filter: parsed.data };
	const message = parsed.error.issues[0]?.message ?? '';
	return { ok: false, message: message.startsWith('error.') ? message : 'error.filter.incomplete' };
}

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
