import type { Actions, PageServerLoad } from './$types';
import { listQuery } from '$lib/domain/entities';
import { can } from '$lib/domain/roles';
import { listContacts } from '$lib/server/entities/contacts';
import { filterActions, filteredList } from '$lib/server/web/filtered-list';
import { loadOr404, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requirePermission(locals, 'entity:read');
	const query = listQuery.parse(Object.fromEntries(url.searchParams));
	const [filtered, settings] = await Promise.all([
		loadOr404(locals, () => filteredList('Contact', url, query, user.id, listContacts)),
		getSettings()
	]);
	return { ...filtered, query, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};

export const actions = filterActions('Contact') satisfies Actions;
