import { json, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { ENTITY_TYPES } from '$lib/domain/entities';
import { globalSearch, visibleSummaries } from '$lib/server/entities/search';
import { requireReader } from '$lib/server/web/http';

const searchParams = z.object({
	q: z.string().trim().max(200).catch(''),
	types: z
		.string()
		.transform((v) => v.split(',').filter(Boolean))
		.pipe(z.array(z.enum(ENTITY_TYPES)))
		.catch([]),
	exclude: z.string().max(64).optional().catch(undefined),
	/** Given entities rather than a search: `ids=a,b` (a graph node's card). */
	ids: z
		.string()
		.transform((v) => [...new Set(v.split(',').filter(Boolean))])
		.pipe(z.array(z.string().max(64)).max(50))
		.optional()
		.catch(undefined),
	limit: z.coerce.number().int().min(1).max(50).catch(20)
});

/** The entity picker and the top-bar search: live entities matching what was typed, optionally of given types; or given ones. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const { scope } = requireReader(locals);
	const { q, types, exclude, limit, ids } = searchParams.parse(Object.fromEntries(url.searchParams));
	if (ids) return json({ items: await visibleSummaries(ids, scope) });
	return json({ items: q ? await globalSearch(q, scope, { limit, types, exclude }) : [] });
};
