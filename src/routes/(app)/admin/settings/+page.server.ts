import type { Actions, PageServerLoad } from './$types';
import { isActionFailure } from '@sveltejs/kit';
import { parseOrThrow } from '$lib/domain/forms';
import { translate } from '$lib/i18n';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';
import { getSettings, settingsInput, updateSettings } from '$lib/server/app/settings';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'settings:admin');
	return { settings: await getSettings() };
};

export const actions = {
	default: async ({ request, locals }) => {
		requirePermission(locals, 'settings:admin');
		const form = await readForm(request, []);
		const categories = stringField(form, 'categories')
			.split('\n')
			.map((c) => c.trim())
			.filter(Boolean);
		const done = await attempt(
			locals,
			() => updateSettings(parseOrThrow(settingsInput, { ...form, categories })),
			form
		);
		if (failed(done)) return done;
		return { ok: true, message: translate(locals.locale, 'admin.settings.saved') };
	}
} satisfies Actions;
