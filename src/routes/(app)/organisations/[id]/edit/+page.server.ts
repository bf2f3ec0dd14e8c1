import type { Actions, PageServerLoad } from './$types';
import { isActionFailure, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { getOrganisation, updateOrganisation } from '$lib/server/entities/organisations';
import { setFlash } from '$lib/server/web/flash';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, loadOr404, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = requirePermission(locals, 'entity:write');
	const [organisation, settings] = await Promise.all([
		loadOr404(locals, () => getOrganisation(params.id)),
		getSettings()
	]);
	return { organisation, settings, canMarkManaged: can(user.role, 'settings:admin') };
};

export const actions = {
	default: async ({ request, locals, cookies, params }) => {
		const user = requirePermission(locals, 'entity:write');
		const form = await readForm(request);
		const done = await attempt(locals, () => updateOrganisation(params.id, stringField(form, 'version'), form, user), form);
		if (failed(done)) return done;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'org.saved') });
		redirect(303, `/organisations/${params.id}`);
	}
} satisfies Actions;
