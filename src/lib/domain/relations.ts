import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '$lib/domain/entities';

/** One side of a relation type, as read from its subject: "C *is a prospect of* A". */
export interface RelationSide {
	key: string;
	predicate: string;
	predicateFr: string | null;
	/** Entity types allowed as subject of this side; empty means any. */
	subjectTypes: EntityType[];
	requiredTags: string[];
	forbiddenTags: string[];
	/** This side's key is the native Neo4j relationship type of the pair. */
	canonical: boolean;
	symmetric: boolean;
	custom: boolean;
	internal: boolean;
	enabled: boolean;
	partnerKey: string;
}

/** A pair: the canonical side and its symmetric partner (the same side for a symmetric type). */
export interface RelationTypePair {
	side: RelationSide;
	partner: RelationSide;
	/** Relations of this type in the graph. */
	count: number;
}

export interface RelationEnd {
	id: string;
	type: EntityType;
	name: string;
}

/** A relation as read from one of its entities. */
export interface RelationView {
	id: string;
	key: string;
	predicate: string;
	predicateFr: string | null;
	other: RelationEnd & { deletedAt: string | null };
	since: string | null;
	until: string | null;
	note: string | null;
	createdAt: string;
}

export const predicateOf = (side: { predicate: string; predicateFr: string | null }, locale: string) =>
	locale === 'fr' && side.predicateFr ? side.predicateFr : side.predicate;

const isoDate = z
	.string()
	.trim()
	.refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: 'error.date' })
	.transform((v) => (v === '' ? null : v));

export const relationAttributes = z
	.object({
		since: z.preprocess((v) => v ?? '', isoDate),
		until: z.preprocess((v) => v ?? '', isoDate),
		note: z.preprocess((v) => v ?? '', z.string().trim().max(500, { error: 'error.tooLong' })).transform((v) => v || null)
	})
	.refine((a) => !a.since || !a.until || a.since <= a.until, { error: 'error.relation.dates', path: ['until'] });
export type RelationAttributes = z.output<typeof relationAttributes>;

export const relateInput = z.object({
	type: z.string().trim().min(1, { error: 'error.relation.chooseType' }).max(80),
	objects: z.array(z.string().trim().min(1).max(64)).min(1, { error: 'error.relation.chooseObject' }).max(100),
	attributes: relationAttributes.default({ since: null, until: null, note: null })
});

const entityTypes = z.array(z.enum(ENTITY_TYPES));
const tagIds = z.array(z.string().trim().min(1).max(64)).max(20);
const predicate = z.string().trim().min(1, { error: 'error.required' }).max(80, { error: 'error.tooLong' });
const optionalPredicate = z.preprocess(
	(v) => v ?? '',
	z.string().trim().max(80, { error: 'error.tooLong' }).transform((v) => v || null)
);

/** The admin screen's subject – verb – object form. */
export const relationTypeInput = z
	.object({
		subjectTypes: entityTypes,
		subjectRequiredTags: tagIds,
		subjectForbiddenTags: tagIds,
		predicate,
		predicateFr: optionalPredicate,
		symmetric: z.boolean(),
		inversePredicate: z.preprocess((v) => v ?? '', z.string().trim().max(80, { error: 'error.tooLong' })),
		inversePredicateFr: optionalPredicate,
		objectTypes: entityTypes,
		objectRequiredTags: tagIds,
		objectForbiddenTags: tagIds
	})
	.refine((v) => v.symmetric || v.inversePredicate !== '', { error: 'error.required', path: ['inversePredicate'] })
	.refine((v) => !v.subjectRequiredTags.some((t) => v.subjectForbiddenTags.includes(t)), {
		error: 'error.relationType.tagConflict',
		path: ['subjectForbiddenTags']
	})
	.refine((v) => !v.objectRequiredTags.some((t) => v.objectForbiddenTags.includes(t)), {
		error: 'error.relationType.tagConflict',
		path: ['objectForbiddenTags']
	});
export type RelationTypeInput = z.output<typeof relationTypeInput>;
