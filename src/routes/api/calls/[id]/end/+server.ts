import type { RequestHandler } from './$types';
import { endCall } from '$lib/server/calls/calls';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/** POST: hangs up a call the operator handles. */
export const POST: RequestHandler = async ({ params, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => {
		await endCall(params.id, user);
		return { ended: true };
	});
};
