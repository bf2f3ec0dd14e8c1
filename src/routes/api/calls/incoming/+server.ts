import type { RequestHandler } from './$types';
import { simulateCallFrom } from '$lib/server/calls/inbound';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/** POST { number }: a simulated customer calls in from `number` (simulated mode only, supervisors and above). */
export const POST: RequestHandler = async ({ request, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => simulateCallFrom(await request.json().catch(() => ({})), user), 201);
};
