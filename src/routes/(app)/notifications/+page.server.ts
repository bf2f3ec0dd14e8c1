import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { markRead, notificationsOf } from '$lib/server/notifications/notify';
import { readForm, stringField } from '$lib/server/web/forms';
import { requireSignedIn } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireSignedIn(locals);
	return notificationsOf(user.id);
};

export const actions = {
	read: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		await markRead(user.id, stringField(await readForm(request, []), 'id') || null);
		return { ok: true, message: translate(locals.locale, 'notifications.marked') };
	},
	readAll: async ({ locals }) => {
		const user = requireSignedIn(locals);
		await markRead(user.id, null);
		return { ok: true, message: translate(locals.locale, 'notifications.allMarked') };
	}
} satisfies Actions;
