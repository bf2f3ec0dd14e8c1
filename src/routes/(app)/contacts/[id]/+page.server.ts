import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/domain/roles';
import { getContact } from '$lib/server/entities/contacts';
import { trashAction } from '$lib/server/entity-actions';
import { loadOr404, requirePermission } from '$lib/server/http';
import { getSettings } from '$lib/server/settings';

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = requirePermission(locals, 'entity:read');
	const [contact, settings] = await Promise.all([loadOr404(locals, () => getContact(params.id)), getSettings()]);
	return { contact, homeCountry: settings.defaultPhoneCountry, canWrite: can(user.role, 'entity:write') };
};

export const actions = { trash: trashAction('Contact') } satisfies Actions;
