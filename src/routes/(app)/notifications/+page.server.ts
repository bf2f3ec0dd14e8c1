import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { markRead, notificationsOf } from '$lib/server/notifications/notify';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';
import { DomainError } from '$lib/domain/errors';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireSignedIn(locals);
	return notificationsOf(user.id);
};

export const actions = {
	read: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		const id = stringField(await readForm(request, []), 'id');
		// An empty id would mean "all of them": that is the other button's job, not a form that lost its field.
		const marked = await attempt(locals, async () => {
			if (!id) throw new DomainError('INVALID_INPUT', 'notifications.which', 422);
			await markRead(user.id, id);
		});
		if (failed(marked)) return marked;
		return { ok: true, message: translate(locals.locale, 'notifications.marked') };
	},
	readAll: async ({ locals }) => {
		const user = requireSignedIn(locals);
		await markRead(user.id, null);
		return { ok: true, message: translate(locals.locale, 'notifications.allMarked') };
	}
} satisfies Actions;
