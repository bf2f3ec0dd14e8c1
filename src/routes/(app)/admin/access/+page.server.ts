import type { Actions, PageServerLoad } from './$types';
import { roleAccess } from '$lib/domain/access';
import { ROLES } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { accessOverridesNow, saveAccessMatrix } from '$lib/server/access/matrix';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'user:admin');
	const overrides = await accessOverridesNow();
	return { matrix: Object.fromEntries(ROLES.map((role) => [role, roleAccess(role, overrides)])) };
};

export const actions = {
	save: async ({ request, locals }) => {
		const user = requirePermission(locals, 'user:admin');
		const form = await readForm(request, []);
		const done = await attempt(locals, () => saveAccessMatrix(form, user));
		if (failed(done)) return done;
		return { ok: true, message: translate(locals.locale, 'access.saved') };
	},
	reset: async ({ locals }) => {
		const user = requirePermission(locals, 'user:admin');
		await saveAccessMatrix({}, user);
		return { ok: true, message: translate(locals.locale, 'access.reset') };
	}
} satisfies Actions;
