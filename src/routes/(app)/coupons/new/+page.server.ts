import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { maySell } from '$lib/domain/sales';
import { translate } from '$lib/i18n';
import { generateCoupons } from '$lib/server/sales/coupons';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';

/** Coupons are handed out by managers: everyone else gets the usual refusal. */
function requireManager(locals: App.Locals) {
	const user = requireSignedIn(locals);
	if (!maySell(user.role, 'coupons')) error(403, { message: translate(locals.locale, 'sales.error.role', { role: user.role }), code: 'FORBIDDEN' });
	return user;
}

export const load: PageServerLoad = async ({ locals }) => {
	requireManager(locals);
	return {};
};

export const actions = {
	default: async ({ request, locals }) => {
		const user = requireManager(locals);
		const form = await readForm(request, []);
		const made = await attempt(locals, () => generateCoupons(form, user), form);
		if (failed(made)) return made;
		return { ok: true as const, message: translate(locals.locale, 'sales.coupons.made', { count: made.count }), batch: made.batch };
	}
} satisfies Actions;
