import type { Actions, PageServerLoad } from './$types';
import { listQuery } from '$lib/domain/entities';
import { getSettings } from '$lib/server/app/settings';
import { filterActions, filteredList } from '$lib/server/web/filtered-list';
import { loadOr404, requireAccess } from '$lib/server/web/http';
import { kindOfRoute } from '$lib/server/web/kinds';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const kind = kindOfRoute(params);
	const { user, scope } = requireAccess(locals, kind.type, 'view');
	const query = listQuery.parse(Object.fromEntries(url.searchParams));
	const [filtered, settings] = await Promise.all([loadOr404(locals, () => filteredList(kind, url, query, user, scope)), getSettings()]);
	return { type: kind.type, ...filtered, query, homeCountry: settings.defaultPhoneCountry, canWrite: user.access[kind.type].create !== 'none' };
};

export const actions = filterActions satisfies Actions;
