import type { Actions, PageServerLoad } from './$types';
import { isActionFailure } from '@sveltejs/kit';
import { parseOrThrow } from '$lib/domain/forms';
import { roleInput, userCreateInput } from '$lib/domain/users';
import { translate } from '$lib/i18n';
import { changeRole, createUser, listUsers, resetPassword, setActive } from '$lib/server/auth/users';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'user:admin');
	return { users: await listUsers() };
};

export const actions = {
	create: async ({ request, locals }) => {
		const user = requirePermission(locals, 'user:admin');
		const form = await readForm(request, []);
		const created = await attempt(
			locals,
			async () => {
				const input = parseOrThrow(userCreateInput, form);
				return { ...(await createUser(input, user)), email: input.email };
			},
			{ ...form, password: '' }
		);
		if (failed(created)) return created;
		const message = created.generatedPassword
			? translate(locals.locale, 'admin.users.generated', { email: created.email, password: created.generatedPassword })
			: translate(locals.locale, 'admin.users.created', { email: created.email });
		return { ok: true, message, secret: created.generatedPassword !== null };
	},
	role: async ({ request, locals }) => {
		requirePermission(locals, 'user:admin');
		const form = await readForm(request, []);
		const done = await attempt(locals, async () => {
			const { role } = parseOrThrow(roleInput, form);
			await changeRole(stringField(form, 'id'), role);
			return { role };
		});
		if (failed(done)) return done;
		const role = translate(locals.locale, `role.${done.role}`);
		return { ok: true, message: translate(locals.locale, 'admin.users.roleChanged', { email: stringField(form, 'email'), role }) };
	},
	active: async ({ request, locals }) => {
		const admin = requirePermission(locals, 'user:admin');
		const form = await readForm(request, []);
		const done = await attempt(locals, () => setActive(stringField(form, 'id'), form.active === 'true', admin.id));
		if (failed(done)) return done;
		return { ok: true };
	},
	reset: async ({ request, locals }) => {
		requirePermission(locals, 'user:admin');
		const form = await readForm(request, []);
		const password = await attempt(locals, () => resetPassword(stringField(form, 'id')));
		if (failed(password)) return password;
		return {
			ok: true,
			secret: true,
			message: translate(locals.locale, 'admin.users.generated', { email: stringField(form, 'email'), password })
		};
	}
} satisfies Actions;
