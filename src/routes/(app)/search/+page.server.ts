import type { PageServerLoad } from './$types';
import { globalSearch } from '$lib/server/entities/search';
import { requireReader } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { scope } = requireReader(locals);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const [results, settings] = await Promise.all([q ? globalSearch(q, scope, { limit: 50 }) : [], getSettings()]);
	return { q, results, homeCountry: settings.defaultPhoneCountry };
};
