import { z } from 'zod';
import type { EntityType } from '$lib/domain/entities';

export const MAX_GRAPH_NODES = 5000;

export interface GraphNode {
	id: string;
	type: EntityType;
	name: string;
	managed: boolean;
	tags: { id: string; name: string; nameFr: string | null; color: string }[];
	/** Relations from the focus (0 for the focus itself). */
	distance: number;
}

export interface GraphSide {
	key: string;
	predicate: string;
	predicateFr: string | null;
}

/** A canonical side with its native relationship type: what the explorer filters and expands by. */
export interface ExplorerSide extends GraphSide {
	nativeType: string;
}

export interface GraphEdge {
	id: string;
	source: string;
	target: string;
	nativeType: string;
	/** Read from the source: "source <forward> target". */
	forward: GraphSide;
	/** Read from the target: "target <backward> source" (the same side for a symmetric type). */
	backward: GraphSide;
	symmetric: boolean;
}

export interface EgoGraph {
	focus: string;
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** More entities were within reach than the limit; the answer holds the nearest ones. */
	truncated: boolean;
	limit: number;
}

const csv = z
	.string()
	.max(2000)
	.transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
	.pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,79}$/)).max(50));

export const egoQuery = z.object({
	id: z.string().trim().min(1).max(64),
	depth: z.coerce.number().int().min(1).max(3).catch(1),
	relationTypes: csv.catch([]),
	limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).catch(MAX_GRAPH_NODES)
});
export type EgoQuery = z.output<typeof egoQuery>;

/** What a saved view keeps of the canvas. */
export const graphViewState = z.object({
	nodes: z.array(z.object({ id: z.string().max(64), x: z.number().finite(), y: z.number().finite() })).max(MAX_GRAPH_NODES),
	entityTypes: z.array(z.string().max(40)).max(20).default([]),
	relationTypes: z.array(z.string().max(80)).max(100).default([]),
	layout: z.enum(['fcose', 'concentric', 'breadthfirst']).default('fcose'),
	focus: z.string().max(64).nullable().default(null),
	zoom: z.number().finite().positive().max(100).default(1),
	pan: z.object({ x: z.number().finite(), y: z.number().finite() }).default({ x: 0, y: 0 })
});
export type GraphViewState = z.output<typeof graphViewState>;

export const graphViewInput = z.object({
	name: z.string().trim().min(1, { error: 'error.required' }).max(80, { error: 'error.tooLong' }),
	shared: z.boolean().default(false),
	state: graphViewState
});
export type GraphViewInput = z.output<typeof graphViewInput>;

export interface GraphView extends GraphViewInput {
	id: string;
	ownerId: string;
	ownerName: string;
	mine: boolean;
	updatedAt: string;
}
