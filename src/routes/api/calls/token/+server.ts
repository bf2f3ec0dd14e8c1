import type { RequestHandler } from './$types';
import { browserPhone } from '$lib/server/calls/calls';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/** GET: the browser phone's Voice SDK token for the signed-in operator, or the mode calls go through instead. */
export const GET: RequestHandler = async ({ locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, () => browserPhone(user));
};
