import { MAX_GRAPH_NODES, type EgoGraph, type EgoQuery, type GraphEdge, type GraphNode, type GraphSide } from '$lib/domain/graph';
import { DomainError } from '$lib/domain/errors';
import { read, readTx, type Tx } from '../db/driver';

interface SideRow extends GraphSide {
	nativeType: string;
	canonical: boolean;
	symmetric: boolean;
}

interface DescribeRow {
	nodes: Omit<GraphNode, 'distance'>[];
	edges: { id: string; source: string; target: string; nativeType: string }[];
}

/** Breadth-first distances from the focus over the edges returned. */
function distances(focus: string, edges: DescribeRow['edges']): Map<string, number> {
	const neighbours = new Map<string, string[]>();
	for (const e of edges) {
		neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
		neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
	}
	const seen = new Map([[focus, 0]]);
	const queue = [focus];
	while (queue.length) {
		const id = queue.shift()!;
		for (const next of neighbours.get(id) ?? []) {
			if (!seen.has(next)) {
				seen.set(next, seen.get(id)! + 1);
				queue.push(next);
			}
		}
	}
	return seen;
}



async function loadSides(tx: Tx) {
	const sides = await tx.query<SideRow>('relation-types/sides');
	return new Map(sides.map((s) => [s.key, s]));
}

function nativeTypesOf(byKey: Map<string, SideRow>, keys: string[]): string[] {
	const unknown = keys.find((k) => !byKey.has(k));
	if (unknown) throw new DomainError('UNKNOWN_RELATION_TYPE', 'error.relate.UNKNOWN_TYPE', 422, { key: unknown });
	return [...new Set(keys.map((k) => byKey.get(k)!.nativeType))];
}

/** Nodes and relations among `ids`, each relation with both of its readings. */
async function describe(tx: Tx, byKey: Map<string, SideRow>, ids: string[], nativeTypes: string[]) {
	const [row] = await tx.query<DescribeRow>('graph/describe', { ids, nativeTypes, allTypes: nativeTypes.length === 0 });
	const sides = [...byKey.values()];
	const canonicalOf = new Map(sides.filter((s) => s.canonical).map((s) => [s.nativeType, s]));
	const partnerOf = new Map(sides.filter((s) => !s.canonical).map((s) => [s.nativeType, s]));
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
	return { nodes: row?.nodes ?? [], edges };
}

/**
 * The network around an entity, up to `depth` relations away, optionally only through the given
 * relation sides; at most `limit` entities (the nearest), saying when more were in reach.
 */
export async function egoNetwork(query: EgoQuery): Promise<EgoGraph> {
	return readTx(async (tx) => {
		const byKey = await loadSides(tx);
		const nativeTypes = nativeTypesOf(byKey, query.relationTypes);
		const [reach] = await tx.query<{ truncated: boolean; ids: string[] }>('graph/ego', {
			id: query.id,
			depth: query.depth,
			limit: query.limit,
			relationshipFilter: nativeTypes.join('|')
		});
		// The walk always includes its start: an empty answer means there is no such entity.
		if (!reach?.ids.includes(query.id)) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		const { nodes, edges } = await describe(tx, byKey, reach.ids, nativeTypes);
		const distance = distances(query.id, edges);
		return {
			focus: query.id,
			nodes: nodes.map((n) => ({ ...n, distance: distance.get(n.id) ?? query.depth })),
			edges,
			truncated: reach.truncated,
			limit: query.limit
		};
	});
}

/** The given entities (a saved view, a path) and every relation among them. */
export async function subgraph(ids: string[]): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
	return readTx(async (tx) => {
		const { nodes, edges } = await describe(tx, await loadSides(tx), ids.slice(0, MAX_GRAPH_NODES), []);
		return { nodes: nodes.map((n) => ({ ...n, distance: 0 })), edges };
	});
}

/** The canonical side of every enabled relation type: what the explorer filters and expands by. */
export async function graphSides(): Promise<{ key: string; nativeType: string; predicate: string; predicateFr: string | null }[]> {
	const sides = await read<SideRow & { enabled: boolean }>('relation-types/sides');
	return sides
		.filter((s) => s.canonical && s.enabled)
		.map(({ key, nativeType, predicate, predicateFr }) => ({ key, nativeType, predicate, predicateFr }));
}
