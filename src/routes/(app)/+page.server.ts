import type { PageServerLoad } from './$types';
import { mayCall } from '$lib/domain/calls';
import { homeOf } from '$lib/server/app/home';
import { overdueCallbacks } from '$lib/server/calls/follow-ups';
import { requireReader } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	const { user, scope } = requireReader(locals);
	const [home, callbacks] = await Promise.all([homeOf(user.id, scope), mayCall(user.role) ? overdueCallbacks(user) : null]);
	return { ...home, overdueCallbacks: callbacks };
};
