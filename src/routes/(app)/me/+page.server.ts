import type { Actions } from './$types';
import { isActionFailure } from '@sveltejs/kit';
import { parseOrThrow } from '$lib/domain/forms';
import { passwordChangeInput } from '$lib/domain/users';
import { translate } from '$lib/i18n';
import { changeOwnPassword } from '$lib/server/auth/password-change';
import { readForm } from '$lib/server/forms';
import { attempt, failed, requirePermission } from '$lib/server/http';

export const actions = {
	password: async ({ request, locals }) => {
		const user = requirePermission(locals, 'entity:read');
		const form = await readForm(request, []);
		const done = await attempt(locals, async () => {
			const input = parseOrThrow(passwordChangeInput, form);
			await changeOwnPassword(user.id, locals.session!.id, input.current, input.next);
		});
		if (failed(done)) return done;
		return { ok: true, message: translate(locals.locale, 'me.passwordChanged') };
	}
} satisfies Actions;
