import type { Actions, PageServerLoad } from './$types';
import { parseOrThrow } from '$lib/domain/forms';
import { passwordChangeInput } from '$lib/domain/users';
import { translate } from '$lib/i18n';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/auth/api-tokens';
import { changeOwnPassword } from '$lib/server/auth/password-change';
import { mailsNotifications, setMailsNotifications } from '$lib/server/auth/users';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireSignedIn(locals);
	const [apiTokens, byMail] = await Promise.all([listApiTokens(user.id), mailsNotifications(user.id)]);
	return { apiTokens, byMail };
};

export const actions = {
	notifications: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		await setMailsNotifications(user.id, form.byMail === 'on');
		return { ok: true, section: 'notifications', message: translate(locals.locale, 'notifications.byMailSaved') };
	},
	password: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(locals, async () => {
			const input = parseOrThrow(passwordChangeInput, form);
			await changeOwnPassword(user.id, locals.session!.id, input.current, input.next);
		});
		if (failed(done)) return done;
		return { ok: true, message: translate(locals.locale, 'me.passwordChanged') };
	},
	/** A personal API token, shown once in the answer; only its SHA-256 is stored. */
	createToken: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const created = await attempt(locals, () => createApiToken(user.id, form), { section: 'tokens', name: stringField(form, 'name') });
		if (failed(created)) return created;
		return {
			ok: true,
			section: 'tokens',
			secret: true,
			message: translate(locals.locale, 'apiTokens.created', { name: created.name }),
			token: created.token
		};
	},
	revokeToken: async ({ request, locals }) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(locals, () => revokeApiToken(user.id, stringField(form, 'id')), { section: 'tokens' });
		if (failed(done)) return done;
		return { ok: true, section: 'tokens', message: translate(locals.locale, 'apiTokens.revoked', { name: stringField(form, 'name') }) };
	}
} satisfies Actions;
