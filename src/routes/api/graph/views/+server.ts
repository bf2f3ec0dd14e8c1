import type { RequestHandler } from './$types';
import { graphViewInput } from '$lib/domain/graph';
import { jsonOr, readJson } from '$lib/server/web/api';
import { saveView, visibleViews } from '$lib/server/explorer/views';
import { requireSignedIn } from '$lib/server/web/http';

export const GET: RequestHandler = ({ locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => ({ views: await visibleViews(user) }));
};

/** Saves the canvas under a name; viewers may keep views too (they change no data). */
export const POST: RequestHandler = async ({ request, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => ({ id: await saveView(await readJson(request, graphViewInput), user) }), 201);
};
