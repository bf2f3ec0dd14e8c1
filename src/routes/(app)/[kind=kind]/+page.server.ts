import type { Actions, PageServerLoad } from './$types';
import { listQuery } from '$lib/domain/entities';
import { can } from '$lib/domain/roles';
import { getSettings } from '$lib/server/app/settings';
import { listEntities } from '$lib/server/entities/listing';
import { filterActions, filteredList } from '$lib/server/web/filtered-list';
import { loadOr404, requirePermission } from '$lib/server/web/http';
import { kindOfRoute } from '$lib/server/web/kinds';

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const kind = kindOfRoute(params);
	const user = requirePermission(locals, 'entity:read');
	const query = listQuery.parse(Object.fromEntries(url.searchParams));
	const [filtered, settings] = await Promise.all([
		loadOr404(locals, () => filteredList(kind.type, url, query, user.id, (q) => listEntities(kind, q))),
		getSettings()
	]);
	return { type: kind.type, ...filtered, query, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};

export const actions = filterActions satisfies Actions;
