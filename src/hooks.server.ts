import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import { isLocale, negotiateLocale, translate } from '$lib/i18n';
import { isTimeZone, regionalLocale, TIME_ZONE_COOKIE } from '$lib/i18n/dates';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/sessions';
import { clearSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { userForBearer } from '$lib/server/auth/api-tokens';
import { startRuntime } from '$lib/server/app/runtime';

export const init: ServerInit = async () => {
	if (building) return;
	await startRuntime(dev ? null : `http://localhost:${process.env.PORT ?? 3000}`);
};

// Twilio's webhooks carry no session: each is authenticated by its signature (server/calls/webhooks.ts).
const PUBLIC_PATHS = ['/login', '/health', '/lang', '/api/twilio'];

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Cross-site form submissions are refused, as SvelteKit's own check does (turned off in
 * svelte.config.js because it cannot make exceptions): Twilio's webhooks post forms without an Origin
 * and are authenticated by their signature instead.
 */
const csrf: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || url.pathname.startsWith('/api/twilio/')) return resolve(event);
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (!FORM_TYPES.includes(type) || request.headers.get('origin') === url.origin) return resolve(event);
	return new Response(`Cross-site ${request.method} form submissions are forbidden`, { status: 403, headers: { 'content-type': 'text/plain' } });
};

const locale: Handle = ({ event, resolve }) => {
	const chosen = event.cookies.get('lang');
	const accepted = event.request.headers.get('accept-language');
	event.locals.locale = isLocale(chosen) ? chosen : negotiateLocale(accepted);
	// The browser reports its time zone in a cookie (see the root layout); until then moments read in UTC.
	const zone = event.cookies.get(TIME_ZONE_COOKIE);
	event.locals.dateFormat = { locale: regionalLocale(event.locals.locale, accepted), timeZone: isTimeZone(zone) ? zone : 'UTC' };
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { session, user } = await validateSessionToken(token);
		if (session) {
			setSessionCookie(event, token, session.expiresAt);
			event.locals.session = session;
			event.locals.user = user;
		} else clearSessionCookie(event);
	}
	return resolve(event);
};

/**
 * Integrators call /graphql and /api/* with a personal API token (Authorization: Bearer crm_…),
 * looked up on every request so that revoking it takes effect at once. A token that is not valid
 * is a 401, never a fallback to the cookie.
 */
const bearer: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (path !== '/graphql' && !path.startsWith('/api/')) return resolve(event);
	const user = await userForBearer(event.request.headers.get('authorization'));
	if (user === undefined) return resolve(event);
	if (user === null) {
		return new Response(JSON.stringify({ error: 'INVALID_TOKEN', message: translate('en', 'graphql.invalidToken') }), {
			status: 401,
			headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer error="invalid_token"' }
		});
	}
	event.locals.user = user;
	event.locals.session = null;
	return resolve(event);
};

/** Every page but the login needs a session; APIs answer 401 instead of redirecting. */
const guard: Handle = ({ event, resolve }) => {
	const path = event.url.pathname;
	if (event.locals.user || PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) {
		return resolve(event);
	}
	if (path.startsWith('/api/') || path === '/graphql' || event.request.method !== 'GET') {
		return new Response(JSON.stringify({ error: 'UNAUTHENTICATED', message: 'Sign in first.' }), {
			status: 401,
			headers: { 'content-type': 'application/json' }
		});
	}
	redirect(303, `/login?redirectTo=${encodeURIComponent(path + event.url.search)}`);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('x-frame-options', 'DENY');
	response.headers.set('referrer-policy', 'same-origin');
	if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handle = sequence(csrf, securityHeaders, locale, session, bearer, guard);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'An unexpected error occurred; it was logged.' };
};
