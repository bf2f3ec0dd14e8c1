import type { Actions, PageServerLoad } from './$types';
import { isActionFailure, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { createOrganisation } from '$lib/server/entities/organisations';
import { setFlash } from '$lib/server/web/flash';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requirePermission(locals, 'entity:write');
	return { settings: await getSettings(), canMarkManaged: can(user.role, 'settings:admin') };
};

export const actions = {
	default: async ({ request, locals, cookies }) => {
		const user = requirePermission(locals, 'entity:write');
		const form = await readForm(request);
		const id = await attempt(locals, () => createOrganisation(form, user), form);
		if (failed(id)) return id;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'org.created') });
		redirect(303, `/organisations/${id}`);
	}
} satisfies Actions;
