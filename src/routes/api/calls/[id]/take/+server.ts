import type { RequestHandler } from './$types';
import { takeCall } from '$lib/server/calls/inbound';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/** POST: the operator takes an incoming call that is waiting (the first to ask gets it). */
export const POST: RequestHandler = async ({ params, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => takeCall(params.id, user));
};
