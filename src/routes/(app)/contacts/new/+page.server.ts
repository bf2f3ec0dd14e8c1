import type { Actions, PageServerLoad } from './$types';
import { isActionFailure, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { createContact } from '$lib/server/entities/contacts';
import { setFlash } from '$lib/server/web/flash';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';
import { getSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'entity:write');
	return { settings: await getSettings() };
};

export const actions = {
	default: async ({ request, locals, cookies }) => {
		const user = requirePermission(locals, 'entity:write');
		const form = await readForm(request);
		const id = await attempt(locals, () => createContact(form, user), form);
		if (failed(id)) return id;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'contact.created') });
		redirect(303, `/contacts/${id}`);
	}
} satisfies Actions;
