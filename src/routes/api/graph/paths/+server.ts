import type { RequestHandler } from './$types';
import { jsonOr } from '$lib/server/web/api';
import { shortestPaths } from '$lib/server/explorer/graph-paths';
import { requireReader } from '$lib/server/web/http';

/** GET ?from=…&to=…&maxLength=…&limit=…: "how are we connected?" (the module refuses bad bounds with a 422). */
export const GET: RequestHandler = ({ url, locals }) => {
	const { scope } = requireReader(locals);
	const number = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
	return jsonOr(locals.locale, async () => ({
		paths: await shortestPaths(url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? '', scope, {
			maxLength: number('maxLength', 4),
			limit: number('limit', 3)
		})
	}));
};
