import type { Cookies } from '@sveltejs/kit';
import type { Flash } from '$lib/domain/flash';

const COOKIE = 'crm_flash';

export function setFlash(cookies: Cookies, flash: Flash): void {
	cookies.set(COOKIE, JSON.stringify(flash), { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

export function takeFlash(cookies: Cookies): Flash | null {
	const raw = cookies.get(COOKIE);
	if (!raw) return null;
	cookies.delete(COOKIE, { path: '/' });
	try {
		const value = JSON.parse(raw) as Flash;
		return typeof value?.message === 'string' ? value : null;
	} catch {
		return null;
	}
}
