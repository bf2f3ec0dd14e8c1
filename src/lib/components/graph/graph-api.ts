import type { EgoGraph, GraphEdge, GraphNode, GraphSide, GraphView, GraphViewInput } from '$lib/domain/graph';
import type { EntityPath } from '$lib/domain/graph-paths';

/** A refusal from the server, with the sentence to show. */
export class ApiError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
	}
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
	const response = await fetch(url, {
		...init,
		headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) }
	});
	const body = (await response.json().catch(() => ({}))) as { message?: string };
	if (!response.ok) throw new ApiError(body.message ?? response.statusText, response.status);
	return body as T;
}

export const graphApi = {
	ego: (id: string, depth: number, relationTypes: string[]) =>
		call<EgoGraph>(`/api/graph/ego?${new URLSearchParams({ id, depth: String(depth), relationTypes: relationTypes.join(',') })}`),
	subgraph: (ids: string[]) =>
		call<{ nodes: GraphNode[]; edges: GraphEdge[] }>('/api/graph/subgraph', { method: 'POST', body: JSON.stringify({ ids }) }),
	paths: (from: string, to: string, maxLength: number, limit: number) =>
		call<{ paths: EntityPath[] }>(`/api/graph/paths?${new URLSearchParams({ from, to, maxLength: String(maxLength), limit: String(limit) })}`),
	sidesBetween: (subject: string, object: string) =>
		call<{ sides: GraphSide[] }>(`/api/relation-types?${new URLSearchParams({ subject, object })}`),
	relate: (subject: string, type: string, object: string) =>
		call<{ ids: string[] }>('/api/relations', {
			method: 'POST',
			body: JSON.stringify({ subject, type, objects: [object], attributes: {} })
		}),
	unrelate: (relationId: string, entityId: string) =>
		call<{ deleted: boolean }>(`/api/relations/${encodeURIComponent(relationId)}?entity=${encodeURIComponent(entityId)}`, {
			method: 'DELETE'
		}),
	views: () => call<{ views: GraphView[] }>('/api/graph/views'),
	view: (id: string) => call<GraphView>(`/api/graph/views/${encodeURIComponent(id)}`),
	saveView: (input: GraphViewInput, id?: string) =>
		call<{ id: string }>(id ? `/api/graph/views/${encodeURIComponent(id)}` : '/api/graph/views', {
			method: id ? 'PUT' : 'POST',
			body: JSON.stringify(input)
		})
};
