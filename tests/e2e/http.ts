import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { app } from './browser';

export { readEvents } from '../support/sse';

/** A signed-in HTTP client of the built server: the session cookie, sent with the Origin a browser would send. */
export interface HttpClient {
	cookie: string;
	fetch(path: string, init?: RequestInit): Promise<Response>;
}

const withOrigin = (baseURL: string, init: RequestInit = {}) => {
	const headers = new Headers(init.headers);
	headers.set('origin', baseURL);
	return { ...init, headers, redirect: 'manual' as const };
};

/** Signs in through the sign-in form, as a browser without JavaScript would (on the e2e app, or on `baseURL`). */
export async function signInHttp(email: string, password: string, baseURL = app().baseURL): Promise<HttpClient> {
	const response = await fetch(
		`${baseURL}/login`,
		withOrigin(baseURL, { method: 'POST', body: new URLSearchParams({ email, password }), headers: { accept: 'text/html' } })
	);
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('crm_session='))?.split(';')[0];
	if (response.status !== 303 || !cookie) throw new Error(`sign-in answered ${response.status} without a session cookie: ${await response.text()}`);
	return {
		cookie,
		fetch: (path, init = {}) => {
			const options = withOrigin(baseURL, init);
			options.headers.set('cookie', cookie);
			return fetch(`${baseURL}${path}`, options);
		}
	};
}

/** Posts a form action the way an enhanced form does and returns its JSON answer's text. */
export async function postAction(client: HttpClient, path: string, form: Record<string, string>): Promise<{ status: number; text: string }> {
	const response = await client.fetch(path, {
		method: 'POST',
		body: new URLSearchParams(form),
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	return { status: response.status, text: await response.text() };
}

/** A personal API token of the signed-in user, created on the "My settings" page. */
export async function createToken(client: HttpClient, name: string): Promise<string> {
	const { text } = await postAction(client, '/me?/createToken', { name });
	const token = /crm_[a-z2-7]+/.exec(text)?.[0];
	if (!token) throw new Error(`no token in the answer: ${text}`);
	return token;
}

/** Every `+server.ts` endpoint of the app as its route id (`/api/relations/[id]`), groups left out. */
export function serverRoutes(root = join(process.cwd(), 'src', 'routes')): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (entry === '+server.ts') {
				const segments = relative(root, dir).split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
				found.push(`/${segments.join('/')}`);
			}
		}
	};
	walk(root);
	return found.sort();
}

/** A staff account of `role` made by the admin (its e-mail, for signing in with `password`). */
export async function staffAccount(role: string, suffix: string, password: string, firstName = 'E2e'): Promise<string> {
	const admin = await signInHttp(app().adminEmail, app().adminPassword);
	const email = `${role}-${suffix.toLowerCase()}@e2e.example.com`;
	const made = await postAction(admin, '/admin/users?/create', { email, firstName, lastName: `${role} ${suffix}`, role, password, organisationId: '' });
	if (made.status !== 200) throw new Error(`creating ${email} answered ${made.status}: ${made.text}`);
	return email;
}
