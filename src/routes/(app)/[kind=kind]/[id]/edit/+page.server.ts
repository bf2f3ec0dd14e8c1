import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { getSettings } from '$lib/server/app/settings';
import { updateEntity } from '$lib/server/entities/pipeline';
import { getEntity } from '$lib/server/entities/records';
import { setFlash } from '$lib/server/web/flash';
import { readEntityForm, stringField } from '$lib/server/web/forms';
import { assertMayOn } from '$lib/server/access/guard';
import { attempt, failed, loadOr404, requireAccess } from '$lib/server/web/http';
import { formKindOfRoute } from '$lib/server/web/kinds';

export const load: PageServerLoad = async ({ params, locals }) => {
	const kind = formKindOfRoute(params);
	const { user, scope } = requireAccess(locals, kind.type, 'change');
	const [entity, settings] = await Promise.all([
		loadOr404(locals, async () => {
			const entity = await getEntity(params.id, kind.type, scope);
			await assertMayOn(user, params.id, 'change');
			return entity;
		}),
		getSettings()
	]);
	return { type: kind.type, entity, settings, isAdmin: can(user.role, 'settings:admin') };
};

export const actions = {
	default: async ({ params, request, locals, cookies }) => {
		const kind = formKindOfRoute(params);
		const { user } = requireAccess(locals, kind.type, 'change');
		const form = await readEntityForm(request, kind);
		const done = await attempt(
			locals,
			async () => {
				await assertMayOn(user, params.id, 'change');
				await updateEntity(kind, params.id, stringField(form, 'version'), form, user);
			},
			form
		);
		if (failed(done)) return done;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'entity.saved') });
		redirect(303, `/${kind.slug}/${params.id}`);
	}
} satisfies Actions;
