import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n';
import { safeRedirectTarget } from '$lib/server/web/http';

/** Public: the sign-in page has the switch too. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData();
	const lang = form.get('lang');
	if (isLocale(lang)) cookies.set('lang', lang, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: false });
	redirect(303, safeRedirectTarget(String(form.get('back') ?? '/')));
};
