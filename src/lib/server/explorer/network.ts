import { MAX_GRAPH_NODES, type EgoGraph, type EgoQuery, type ExplorerSide, type GraphEdge, type GraphNode, type GraphSide } from '$lib/domain/graph';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { Visibility } from '$lib/server/access/visibility';
import { read } from '$lib/server/db/driver';
import { assertKnownSides } from '$lib/server/relations/relation-types';

interface SideRow extends ExplorerSide {
	canonical: boolean;
	symmetric: boolean;
	enabled: boolean;
}

type TagTuple = [id: string, name: string, nameFr: string | null, color: string];

interface DescribeRow {
	truncated: boolean;
	nodes: [id: string, name: string, managed: boolean, type: EntityType, tags: TagTuple[]][];
	edges: [id: string, source: string, target: string, nativeType: string][];
}

/** Breadth-first distances from the focus over the edges returned. */
function distances(focus: string, edges: { source: string; target: string }[]): Map<string, number> {
	const neighbours = new Map<string, string[]>();
	const link = (from: string, to: string) => {
		const list = neighbours.get(from);
		if (list) list.push(to);
		else neighbours.set(from, [to]);
	};
	for (const e of edges) {
		link(e.source, e.target);
		link(e.target, e.source);
	}
	const seen = new Map([[focus, 0]]);
	const queue = [focus];
	for (let head = 0; head < queue.length; head++) {
		const id = queue[head]!;
		for (const next of neighbours.get(id) ?? []) {
			if (!seen.has(next)) {
				seen.set(next, seen.get(id)! + 1);
				queue.push(next);
			}
		}
	}
	return seen;
}

async function loadSides() {
	const sides = await read<SideRow>('relation-types/sides');
	return new Map(sides.map((s) => [s.key, s]));
}

function nativeTypesOf(byKey: Map<string, SideRow>, keys: string[]): string[] {
	assertKnownSides(byKey, keys);
	return [...new Set(keys.map((k) => byKey.get(k)!.nativeType))];
}

type Selection = { focus: string; depth: number; limit: number; relationshipFilter: string } | { ids: string[] };

/**
 * Graph nodes (a walk around a focus, or given ids) and the relations among them, each with both of
 * its readings. The sides are read at the same time when the caller has not read them yet.
 */
async function describe(selection: Selection, nativeTypes: string[], scope: Visibility, sides?: Map<string, SideRow>) {
	const [byKey, [row]] = await Promise.all([
		sides ?? loadSides(),
		read<DescribeRow>('graph/describe', {
			focus: null,
			ids: [],
			depth: 0,
			limit: MAX_GRAPH_NODES,
			relationshipFilter: '',
			...selection,
			nativeTypes,
			allTypes: nativeTypes.length === 0,
			scope
		})
	]);
	const all = [...byKey.values()];
	const canonicalOf = new Map(all.filter((s) => s.canonical).map((s) => [s.nativeType, s]));
	const partnerOf = new Map(all.filter((s) => !s.canonical).map((s) => [s.nativeType, s]));
	const plain = (s: SideRow | undefined, fallback: string): GraphSide =>
		s ? { key: s.key, predicate: s.predicate, predicateFr: s.predicateFr } : { key: fallback, predicate: fallback, predicateFr: null };
	const edges: GraphEdge[] = (row?.edges ?? []).map(([id, source, target, nativeType]) => {
		const forward = canonicalOf.get(nativeType);
		return {
			id,
			source,
			target,
			nativeType,
			forward: plain(forward, nativeType),
			backward: plain(partnerOf.get(nativeType) ?? forward, nativeType),
			symmetric: forward?.symmetric ?? false
		};
	});
	const nodes = (row?.nodes ?? []).map(([id, name, managed, type, tags]) => ({
		id,
		name,
		managed,
		type,
		tags: tags.map(([tagId, tagName, nameFr, color]) => ({ id: tagId, name: tagName, nameFr, color }))
	}));
	return { nodes, edges, truncated: row?.truncated ?? false };
}

/**
 * The network around an entity, up to `depth` relations away, optionally only through the given
 * relation sides; at most `limit` entities (the nearest), saying when more were in reach.
 */
export async function egoNetwork(query: EgoQuery, scope: Visibility): Promise<EgoGraph> {
	// Only a walk restricted to some relation types needs the sides before it starts.
	const byKey = query.relationTypes.length ? await loadSides() : undefined;
	const nativeTypes = byKey ? nativeTypesOf(byKey, query.relationTypes) : [];
	const selection = scope ? await visibleWalk(query, nativeTypes, scope) : { focus: query.id, depth: query.depth, limit: query.limit, relationshipFilter: nativeTypes.join('|') };
	const described = await describe(selection, nativeTypes, scope, byKey);
	const { nodes, edges } = described;
	const truncated = 'truncated' in selection ? selection.truncated : described.truncated;
	if (!nodes.some((n) => n.id === query.id)) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	const distance = distances(query.id, edges);
	return {
		focus: query.id,
		nodes: nodes.map((n) => ({ ...n, distance: distance.get(n.id) ?? query.depth })),
		edges,
		truncated,
		limit: query.limit
	};
}

/**
 * The walk around the focus for a restricted principal, breadth first in steps, each only to
 * entities they see: the ids of the nearest `limit` entities, and whether more were in reach.
 */
async function visibleWalk(query: EgoQuery, nativeTypes: string[], scope: Visibility): Promise<{ ids: string[]; truncated: boolean }> {
	const seen = new Set([query.id]);
	let frontier = [query.id];
	for (let depth = 0; depth < query.depth && frontier.length > 0; depth++) {
		const rows = await read<{ id: string }>('graph/visible-neighbours', {
			ids: frontier,
			nativeTypes,
			allTypes: nativeTypes.length === 0,
			limit: query.limit + 1,
			scope
		});
		frontier = rows.map((r) => r.id).filter((id) => !seen.has(id));
		for (const id of frontier) seen.add(id);
		if (seen.size > query.limit) return { ids: [...seen].slice(0, query.limit), truncated: true };
	}
	return { ids: [...seen], truncated: false };
}

/** The given entities (a saved view, a path) that `scope` sees, and every relation among them. */
export async function subgraph(ids: string[], scope: Visibility): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
	const { nodes, edges } = await describe({ ids: ids.slice(0, MAX_GRAPH_NODES) }, [], scope);
	return { nodes: nodes.map((n) => ({ ...n, distance: 0 })), edges };
}

/** The canonical side of every enabled relation type: what the explorer filters and expands by. */
export async function graphSides(): Promise<ExplorerSide[]> {
	const sides = await read<SideRow>('relation-types/sides');
	return sides
		.filter((s) => s.canonical && s.enabled)
		.map(({ key, nativeType, predicate, predicateFr }) => ({ key, nativeType, predicate, predicateFr }));
}
