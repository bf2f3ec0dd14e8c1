import type { Actions, PageServerLoad } from './$types';
import { fail, redirect } from '@sveltejs/kit';
import { isDomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { loginInput } from '$lib/domain/users';
import { translate } from '$lib/i18n';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { authenticate } from '$lib/server/auth/login';
import { createSession, generateSessionToken } from '$lib/server/auth/sessions';
import { readForm } from '$lib/server/web/forms';
import { safeRedirectTarget } from '$lib/server/web/http';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	return {};
};

export const actions = {
	default: async (event) => {
		const { request, locals, url } = event;
		const form = await readForm(request, []);
		const parsed = parseWith(loginInput, form);
		if (!parsed.ok) {
			return fail(400, { message: translate(locals.locale, 'error.form'), code: 'INVALID_INPUT', fieldErrors: parsed.fieldErrors, values: { email: form.email } });
		}
		const ip = event.getClientAddress();
		try {
			const userId = await authenticate(parsed.data.email, parsed.data.password, ip);
			const token = generateSessionToken();
			const session = await createSession(token, userId, {
				ip,
				userAgent: (request.headers.get('user-agent') ?? '').slice(0, 300)
			});
			setSessionCookie(event, token, session.expiresAt);
		} catch (e) {
			if (!isDomainError(e)) throw e;
			return fail(e.status, { message: translate(locals.locale, e.message, e.params), code: e.code, fieldErrors: {}, values: { email: parsed.data.email } });
		}
		redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo')));
	}
} satisfies Actions;
