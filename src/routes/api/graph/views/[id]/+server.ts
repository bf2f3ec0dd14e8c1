import type { RequestHandler } from './$types';
import { graphViewInput } from '$lib/domain/graph';
import { jsonOr, readJson } from '$lib/server/web/api';
import { deleteView, getView, saveView } from '$lib/server/explorer/views';
import { requireSignedIn } from '$lib/server/web/http';

export const GET: RequestHandler = ({ params, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, () => getView(params.id, user));
};

export const PUT: RequestHandler = async ({ params, request, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => ({ id: await saveView(await readJson(request, graphViewInput), user, params.id) }));
};

export const DELETE: RequestHandler = ({ params, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => {
		await deleteView(params.id, user.id);
		return { deleted: true };
	});
};
