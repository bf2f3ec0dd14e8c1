import type { RequestHandler } from './$types';
import { z } from 'zod';
import { MAX_GRAPH_NODES } from '$lib/domain/graph';
import { jsonOr, readJson } from '$lib/server/web/api';
import { subgraph } from '$lib/server/explorer/network';
import { requireReader } from '$lib/server/web/http';

const body = z.object({ ids: z.array(z.string().max(64)).max(MAX_GRAPH_NODES) });

/** POST { ids }: those entities and every relation among them (reopening a saved view). */
export const POST: RequestHandler = async ({ request, locals }) => {
	const { scope } = requireReader(locals);
	return jsonOr(locals.locale, async () => subgraph((await readJson(request, body)).ids, scope));
};
