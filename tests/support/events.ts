import type { Cookies } from '@sveltejs/kit';
import { principalOf, type SessionUser } from '../../src/lib/server/auth/sessions';

/** Cookies kept in a map, for calling load functions and actions without a server. */
export function memoryCookies(initial: Record<string, string> = {}): Cookies & { jar: Map<string, string> } {
	const jar = new Map(Object.entries(initial));
	return {
		jar,
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: (name: string, value: string) => `${name}=${value}`
	};
}

/** The parts of a RequestEvent our handlers read, for a given user and form. */
export function fakeEvent(options: {
	user: SessionUser | null;
	form?: Record<string, string | string[]>;
	params?: Record<string, string>;
	url?: string;
}) {
	const body = new FormData();
	for (const [name, value] of Object.entries(options.form ?? {})) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
	}
	const url = new URL(options.url ?? 'http://localhost/');
	return {
		request: new Request(url, { method: 'POST', body }),
		url,
		params: options.params ?? {},
		cookies: memoryCookies(),
		locals: { user: options.user, session: null, locale: 'en' as const },
		getClientAddress: () => '127.0.0.1'
	};
}

/** A signed-in principal of this role, with the default access of its role. */
export const staff = (role: SessionUser['role'], id = `test-${role}`): SessionUser =>
	principalOf({ user: { id, email: `${id}@example.com`, name: `Test ${role}`, role, contactId: null, organisationId: null }, access: null });
