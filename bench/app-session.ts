/** A benchmark's sign-in on an app instance it started: the session cookie, as a browser gets it. */
export async function signInApp(baseURL: string, admin: { email: string; password: string }): Promise<string> {
	const response = await fetch(`${baseURL}/login`, { method: 'POST', headers: { origin: baseURL, accept: 'text/html' }, body: new URLSearchParams(admin), redirect: 'manual' });
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('crm_session='));
	if (!cookie) throw new Error(`sign-in on ${baseURL} failed (${response.status})`);
	return cookie.split(';')[0]!;
}
