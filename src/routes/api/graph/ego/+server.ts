import type { RequestHandler } from './$types';
import { egoQuery } from '$lib/domain/graph';
import { jsonOr } from '$lib/server/web/api';
import { egoNetwork } from '$lib/server/explorer/network';
import { requireReader } from '$lib/server/web/http';

/** GET /api/graph/ego?id=…&depth=1..3&relationTypes=KEY,KEY&limit=…: the network around an entity. */
export const GET: RequestHandler = ({ url, locals }) => {
	const { scope } = requireReader(locals);
	return jsonOr(locals.locale, () => egoNetwork(egoQuery.parse(Object.fromEntries(url.searchParams)), scope));
};
