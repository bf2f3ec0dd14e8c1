import type { Actions, PageServerLoad } from './$types';
import { getSettings } from '$lib/server/app/settings';
import { getEntity } from '$lib/server/entities/records';
import { trashAction } from '$lib/server/web/entity-actions';
import { entityPanelActions, loadEntityPanels } from '$lib/server/web/entity-page';
import { loadOr404, requirePermission } from '$lib/server/web/http';
import { kindOfRoute } from '$lib/server/web/kinds';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const kind = kindOfRoute(params);
	const user = requirePermission(locals, 'entity:read');
	const [entity, settings] = await Promise.all([loadOr404(locals, () => getEntity(params.id, kind.type)), getSettings()]);
	const panels = await loadEntityPanels(params.id, kind.type, user, url);
	return { type: kind.type, entity, ...panels, homeCountry: settings.defaultPhoneCountry };
};

export const actions = { trash: trashAction, ...entityPanelActions } satisfies Actions;
