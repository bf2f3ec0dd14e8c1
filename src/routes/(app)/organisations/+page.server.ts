import type { PageServerLoad } from './$types';
import { listQuery } from '$lib/domain/entities';
import { can } from '$lib/domain/roles';
import { listOrganisations } from '$lib/server/entities/organisations';
import { requirePermission } from '$lib/server/http';
import { getSettings } from '$lib/server/settings';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requirePermission(locals, 'entity:read');
	const query = listQuery.parse(Object.fromEntries(url.searchParams));
	const [list, settings] = await Promise.all([listOrganisations(query), getSettings()]);
	return { list, query, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};
