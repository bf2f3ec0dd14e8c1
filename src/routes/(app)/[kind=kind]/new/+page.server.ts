import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { getSettings } from '$lib/server/app/settings';
import { createEntity } from '$lib/server/entities/pipeline';
import { setFlash } from '$lib/server/web/flash';
import { readEntityForm } from '$lib/server/web/forms';
import { attempt, failed, requireAccess } from '$lib/server/web/http';
import { formKindOfRoute } from '$lib/server/web/kinds';

export const load: PageServerLoad = async ({ params, locals }) => {
	const kind = formKindOfRoute(params);
	const { user } = requireAccess(locals, kind.type, 'create');
	return { type: kind.type, settings: await getSettings(), isAdmin: can(user.role, 'settings:admin') };
};

export const actions = {
	default: async ({ params, request, locals, cookies }) => {
		const kind = formKindOfRoute(params);
		const { user } = requireAccess(locals, kind.type, 'create');
		const form = await readEntityForm(request, kind);
		const id = await attempt(locals, () => createEntity(kind, form, user), form);
		if (failed(id)) return id;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, `kind.${kind.type}.created`) });
		redirect(303, `/${kind.slug}/${id}`);
	}
} satisfies Actions;
