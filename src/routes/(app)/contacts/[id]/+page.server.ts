import type { Actions, PageServerLoad } from './$types';
import { getContact } from '$lib/server/entities/contacts';
import { trashAction } from '$lib/server/web/entity-actions';
import { entityPanelActions, loadEntityPanels } from '$lib/server/web/entity-page';
import { loadOr404, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requirePermission(locals, 'entity:read');
	const [contact, settings] = await Promise.all([loadOr404(locals, () => getContact(params.id)), getSettings()]);
	const panels = await loadEntityPanels(params.id, 'Contact', user, url);
	return { contact, ...panels, homeCountry: settings.defaultPhoneCountry };
};

export const actions = { trash: trashAction('Contact'), ...entityPanelActions } satisfies Actions;
