import type { RequestHandler } from './$types';
import { startCall } from '$lib/server/calls/calls';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/** POST { number, entityId? }: calls the number for the signed-in operator (click-to-call, the dialer). */
export const POST: RequestHandler = async ({ request, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => startCall(await request.json().catch(() => ({})), user), 201);
};
