import type { LayoutServerLoad } from './$types';
import { takeFlash } from '$lib/server/web/flash';

export const load: LayoutServerLoad = ({ locals, cookies, url }) => {
	// Reading the URL makes this load run on every navigation, so a flash shows exactly once.
	void url.href;
	return { locale: locals.locale, dateFormat: locals.dateFormat, user: locals.user, flash: takeFlash(cookies) };
};
