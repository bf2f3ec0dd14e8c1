import { error, fail, isActionFailure, redirect, type ActionFailure } from '@sveltejs/kit';
import { isDomainError } from '$lib/domain/errors';
import type { FormFailure } from '$lib/domain/forms';
import { can, type Permission } from '$lib/domain/roles';
import { localiseParams, translate, type Locale } from '$lib/i18n';
import type { Action } from '$lib/domain/access';
import type { EntityType } from '$lib/domain/entities';
import { visibleTo } from '$lib/server/access/guard';
import type { Visibility } from '$lib/server/access/visibility';
import type { Actor } from '$lib/server/entities/actor';
import type { SessionUser } from '$lib/server/auth/sessions';

interface LocalsLike {
	user: SessionUser | null;
	locale: Locale;
}

/** The signed-in user allowed to do `permission`; otherwise 401 or 403 with a sentence. */
export function requirePermission(locals: LocalsLike, permission: Permission): SessionUser & Actor {
	const user = locals.user;
	if (!user) error(401, { message: translate(locals.locale, 'login.intro'), code: 'UNAUTHENTICATED' });
	if (!can(user.role, permission)) {
		const role = translate(locals.locale, `role.${user.role}`);
		error(403, { message: translate(locals.locale, 'error.forbidden', { role }), code: 'FORBIDDEN' });
	}
	return user;
}

/** The signed-in principal (staff, client or token); otherwise 401. */
export function requireSignedIn(locals: LocalsLike): SessionUser & Actor {
	const user = locals.user;
	if (!user) error(401, { message: translate(locals.locale, 'login.intro'), code: 'UNAUTHENTICATED' });
	return user;
}

/**
 * The signed-in principal whose access lets them `action` records of `type` (some of them, at
 * least: their scope), with what they see; otherwise 401 or 403 with a sentence.
 */
export function requireAccess(locals: LocalsLike, type: EntityType, action: Action): { user: SessionUser & Actor; scope: Visibility } {
	const user = requireSignedIn(locals);
	if (user.access[type][action] === 'none') {
		const role = translate(locals.locale, `role.${user.role}`);
		error(403, { message: translate(locals.locale, 'error.forbidden', { role }), code: 'FORBIDDEN' });
	}
	return { user, scope: visibleTo(user) };
}

/** The signed-in principal and what they see, for pages that read across kinds (search, graph, triples). */
export function requireReader(locals: LocalsLike): { user: SessionUser & Actor; scope: Visibility } {
	const user = requireSignedIn(locals);
	return { user, scope: visibleTo(user) };
}

/**
 * Runs a form action's work; a DomainError becomes `fail(status)` with the translated message
 * and field errors (as keys, which the form translates), plus the values to put back in the form.
 */
export async function attempt<T>(
	locals: LocalsLike,
	work: () => Promise<T>,
	values?: Record<string, unknown>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await work();
	} catch (e) {
		if (!isDomainError(e)) throw e;
		const params = localiseParams(locals.locale, e.params);
		if (e.status === 404) error(404, { message: translate(locals.locale, e.message, params), code: e.code });
		return fail(e.status, {
			message: translate(locals.locale, e.message, params),
			code: e.code,
			fieldErrors: e.fieldErrors,
			values
		} satisfies FormFailure);
	}
}

/** Narrows what `attempt` returned: true when the work failed and the failure should be returned. */
export function failed<T>(result: T | ActionFailure<FormFailure>): result is ActionFailure<FormFailure> {
	return isActionFailure(result);
}

/** Loads with a DomainError turned into the matching HTTP error page. */
export async function loadOr404<T>(locals: LocalsLike, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (isDomainError(e)) error(e.status, { message: translate(locals.locale, e.message, localiseParams(locals.locale, e.params)), code: e.code });
		throw e;
	}
}

const SOME_ORIGIN = 'http://crm.invalid';

/**
 * Only paths of this site are followed after sign-in: the target must resolve, against any origin,
 * to that same origin. Browsers read `\` as `/` and drop tabs and newlines, so `/\evil.example`
 * or `/<tab>/evil.example` would leave the site: such targets are refused outright.
 */
export function safeRedirectTarget(target: string | null): string {
	if (!target?.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(target)) return '/';
	let url: URL;
	try {
		url = new URL(target, SOME_ORIGIN);
	} catch {
		return '/';
	}
	return url.origin === SOME_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
}

export { redirect };
