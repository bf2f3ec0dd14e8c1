import type { Actions, PageServerLoad } from './$types';
import { getSettings } from '$lib/server/app/settings';
import { getEntity } from '$lib/server/entities/records';
import { trashAction } from '$lib/server/web/entity-actions';
import { entityPanelActions, loadEntityPanels } from '$lib/server/web/entity-page';
import { mayOn } from '$lib/server/access/guard';
import { loadOr404, requireAccess } from '$lib/server/web/http';
import { kindOfRoute } from '$lib/server/web/kinds';
import { salesActions, salesPanels } from '$lib/server/web/sales-panels';
import { callActions, callPanel } from '$lib/server/web/call-panel';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const kind = kindOfRoute(params);
	const { user, scope } = requireAccess(locals, kind.type, 'view');
	const [entity, settings, may] = await Promise.all([loadOr404(locals, () => getEntity(params.id, kind.type, scope)), getSettings(), mayOn(user, params.id)]);
	const [panels, sales, call] = await Promise.all([loadEntityPanels(params.id, kind.type, may.relate, url, scope), salesPanels(kind.type, entity, user), callPanel(kind.type, entity, user)]);
	return { type: kind.type, entity, ...panels, sales, call, canEdit: may.change, canTrash: may.delete, homeCountry: settings.defaultPhoneCountry, currency: settings.currency };
};

export const actions = { trash: trashAction, ...entityPanelActions, ...salesActions, ...callActions } satisfies Actions;
