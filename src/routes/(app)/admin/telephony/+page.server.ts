import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { saveTelephonySettings, telephonySettingsView } from '$lib/server/calls/settings';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, 'settings:admin');
	return { telephony: await telephonySettingsView(), origin: url.origin };
};

export const actions = {
	default: async ({ request, locals }) => {
		const user = requirePermission(locals, 'settings:admin');
		const form = await readForm(request, []);
		// Secrets are never sent back to the form: a failure shows the other fields again, blank secrets.
		const { apiKeySecret: _secret, authToken: _token, ...shown } = form;
		const done = await attempt(locals, () => saveTelephonySettings(form, user), shown);
		if (failed(done)) return done;
		return { ok: true, message: translate(locals.locale, 'telephony.saved') };
	}
} satisfies Actions;
