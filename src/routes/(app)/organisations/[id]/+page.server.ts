import type { Actions, PageServerLoad } from './$types';
import { getOrganisation } from '$lib/server/entities/organisations';
import { trashAction } from '$lib/server/web/entity-actions';
import { entityPanelActions, loadEntityPanels } from '$lib/server/web/entity-page';
import { loadOr404, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requirePermission(locals, 'entity:read');
	const [organisation, settings] = await Promise.all([
		loadOr404(locals, () => getOrganisation(params.id)),
		getSettings()
	]);
	const panels = await loadEntityPanels(params.id, 'Organisation', user, url);
	return { organisation, ...panels, homeCountry: settings.defaultPhoneCountry };
};

export const actions = { trash: trashAction('Organisation'), ...entityPanelActions } satisfies Actions;
