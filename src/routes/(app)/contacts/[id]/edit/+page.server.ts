import type { Actions, PageServerLoad } from './$types';
import { isActionFailure, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { getContact, updateContact } from '$lib/server/entities/contacts';
import { setFlash } from '$lib/server/web/flash';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, loadOr404, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ params, locals }) => {
	requirePermission(locals, 'entity:write');
	const [contact, settings] = await Promise.all([loadOr404(locals, () => getContact(params.id)), getSettings()]);
	return { contact, settings };
};

export const actions = {
	default: async ({ request, locals, cookies, params }) => {
		const user = requirePermission(locals, 'entity:write');
		const form = await readForm(request);
		const done = await attempt(locals, () => updateContact(params.id, stringField(form, 'version'), form, user), form);
		if (failed(done)) return done;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'org.saved') });
		redirect(303, `/contacts/${params.id}`);
	}
} satisfies Actions;
