import { MAX_GRAPH_NODES, type EgoGraph, type EgoQuery, type ExplorerSide, type GraphEdge, type GraphNode, type GraphSide } from '$lib/domain/graph';
import { DomainError } from '$lib/domain/errors';
import { read } from '$lib/server/db/driver';
import { assertKnownSides } from '$lib/server/relations/relation-types';

interface SideRow extends ExplorerSide {
	canonical: boolean;
	symmetric: boolean;
	enabled: boolean;
}

interface DescribeRow {
	truncated: boolean;
	nodes: Omit<GraphNode, 'distance'>[];
	edges: { id: string; source: string; target: string; nativeType: string }[];
}

/** Breadth-first distances from the focus over the edges returned. */
function distances(focus: string, edges: DescribeRow['edges']): Map<string, number> {
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
async function describe(selection: Selection, nativeTypes: string[], sides?: Map<string, SideRow>) {
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
			allTypes: nativeTypes.length === 0
		})
	]);
	const all = [...byKey.values()];
	const canonicalOf = new Map(all.filter((s) => s.canonical).map((s) => [s.nativeType, s]));
	const partnerOf = new Map(all.filter((s) => !s.canonical).map((s) => [s.nativeType, s]));
	const plain = (s: SideRow | undefined, fallback: string): GraphSide =>
		s ? { key: s.key, predicate: s.predicate, predicateFr: s.predicateFr } : { key: fallback, predicate: fallback, predicateFr: null };
	const edges: GraphEdge[] = (row?.edges ?? []).map((e) => {
		const forward = canonicalOf.get(e.nativeType);
		return {
			...e,
			forward: plain(forward, e.nativeType),
			backward: plain(partnerOf.get(e.nativeType) ?? forward, e.nativeType),
			symmetric: forward?.symmetric ?? false
		};
	});
	return { nodes: row?.nodes ?? [], edges, truncated: row?.truncated ?? false };
}

/**
 * The network around an entity, up to `depth` relations away, optionally only through the given
 * relation sides; at most `limit` entities (the nearest), saying when more were in reach.
 */
export async function egoNetwork(query: EgoQuery): Promise<EgoGraph> {
	// Only a walk restricted to some relation types needs the sides before it starts.
	const byKey = query.relationTypes.length ? await loadSides() : undefined;
	const nativeTypes = byKey ? nativeTypesOf(byKey, query.relationTypes) : [];
	const { nodes, edges, truncated } = await describe(
		{ focus: query.id, depth: query.depth, limit: query.limit, relationshipFilter: nativeTypes.join('|') },
		nativeTypes,
		byKey
	);
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

/** The given entities (a saved view, a path) and every relation among them. */
export async function subgraph(ids: string[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
	const { nodes, edges } = await describe({ ids: ids.slice(0, MAX_GRAPH_NODES) }, []);
	return { nodes: nodes.map((n) => ({ ...n, distance: 0 })), edges };
}

/** The canonical side of every enabled relation type: what the explorer filters and expands by. */
export async function graphSides(): Promise<ExplorerSide[]> {
	const sides = await read<SideRow>('relation-types/sides');
	return sides
		.filter((s) => s.canonical && s.enabled)
		.map(({ key, nativeType, predicate, predicateFr }) => ({ key, nativeType, predicate, predicateFr }));
}
