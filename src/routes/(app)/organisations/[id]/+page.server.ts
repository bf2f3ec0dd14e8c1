import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/domain/roles';
import { getOrganisation } from '$lib/server/entities/organisations';
import { trashAction } from '$lib/server/entity-actions';
import { entityPanelActions, historyPage, loadEntityPanels } from '$lib/server/entity-page';
import { graphSides } from '$lib/server/graph/explorer';
import { loadOr404, requirePermission } from '$lib/server/http';
import { getSettings } from '$lib/server/settings';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requirePermission(locals, 'entity:read');
	const [organisation, settings] = await Promise.all([
		loadOr404(locals, () => getOrganisation(params.id)),
		getSettings()
	]);
	const tab = url.searchParams.get('tab') === 'graph' ? ('graph' as const) : ('details' as const);
	const [panels, sides] = await Promise.all([
		loadEntityPanels(params.id, 'Organisation', user, historyPage(url)),
		tab === 'graph' ? graphSides() : Promise.resolve([])
	]);
	return { organisation, ...panels, tab, sides, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};

export const actions = { trash: trashAction('Organisation'), ...entityPanelActions } satisfies Actions;
