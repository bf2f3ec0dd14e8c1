import type { PageServerLoad } from './$types';
import { homeOf } from '$lib/server/app/home';
import { requireReader } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	const { user, scope } = requireReader(locals);
	return homeOf(user.id, scope);
};
