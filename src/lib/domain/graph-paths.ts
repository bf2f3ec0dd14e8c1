import { z } from 'zod';
import type { EntityType } from '$lib/domain/entities';

/** Paths longer than this are not searched: past six hops everything is connected to everything. */
export const MAX_PATH_LENGTH = 6;
/** At most this many shortest paths per question. */
export const MAX_PATHS = 5;

/** One entity on a path. */
export interface PathEntity {
	id: string;
	type: EntityType;
	name: string;
}

/** One hop of a path, read in the path's direction: "from <predicate> to". */
export interface PathHop {
	relationId: string;
	/** The side key as read in this direction (HAS_AS_CUSTOMER when walking from the supplier to its customer). */
	key: string;
	predicate: string;
	predicateFr: string | null;
	fromId: string;
	toId: string;
}

/** A path between two entities: `entities[i] —hops[i]→ entities[i + 1]`. */
export interface EntityPath {
	length: number;
	entities: PathEntity[];
	hops: PathHop[];
}

export const pathQuery = z.object({
	fromId: z.string().trim().min(1, { error: 'graphql.paths.from' }).max(64, { error: 'graphql.paths.from' }),
	toId: z.string().trim().min(1, { error: 'graphql.paths.to' }).max(64, { error: 'graphql.paths.to' }),
	maxLength: z
		.number({ error: 'graphql.paths.maxLength' })
		.int({ error: 'graphql.paths.maxLength' })
		.min(1, { error: 'graphql.paths.maxLength' })
		.max(MAX_PATH_LENGTH, { error: 'graphql.paths.maxLength' }),
	limit: z
		.number({ error: 'graphql.paths.limit' })
		.int({ error: 'graphql.paths.limit' })
		.min(1, { error: 'graphql.paths.limit' })
		.max(MAX_PATHS, { error: 'graphql.paths.limit' })
});
export type PathQuery = z.output<typeof pathQuery>;
