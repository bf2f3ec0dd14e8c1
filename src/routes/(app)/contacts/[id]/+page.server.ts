import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/domain/roles';
import { getContact } from '$lib/server/entities/contacts';
import { trashAction } from '$lib/server/entity-actions';
import { entityPanelActions, historyPage, loadEntityPanels } from '$lib/server/entity-page';
import { graphSides } from '$lib/server/graph/explorer';
import { loadOr404, requirePermission } from '$lib/server/http';
import { getSettings } from '$lib/server/settings';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requirePermission(locals, 'entity:read');
	const [contact, settings] = await Promise.all([loadOr404(locals, () => getContact(params.id)), getSettings()]);
	const tab = url.searchParams.get('tab') === 'graph' ? ('graph' as const) : ('details' as const);
	const [panels, sides] = await Promise.all([
		loadEntityPanels(params.id, 'Contact', user, historyPage(url)),
		tab === 'graph' ? graphSides() : Promise.resolve([])
	]);
	return { contact, ...panels, tab, sides, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};

export const actions = { trash: trashAction('Contact'), ...entityPanelActions } satisfies Actions;
