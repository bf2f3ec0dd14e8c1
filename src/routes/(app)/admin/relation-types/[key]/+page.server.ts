import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { setFlash } from '$lib/server/web/flash';
import { getRelationType, updateRelationType } from '$lib/server/relations/relation-types';
import { listTagTypes } from '$lib/server/relations/tags';
import { attempt, failed, loadOr404, requirePermission } from '$lib/server/web/http';
import { readRelationTypeForm } from '$lib/server/web/relation-type-form';

export const load: PageServerLoad = async ({ locals, params }) => {
	requirePermission(locals, 'relationType:admin');
	const [pair, tagTypes] = await Promise.all([loadOr404(locals, () => getRelationType(params.key)), listTagTypes()]);
	return { pair, tagTypes };
};

export const actions = {
	default: async ({ request, locals, cookies, params }) => {
		requirePermission(locals, 'relationType:admin');
		const form = await readRelationTypeForm(request);
		const done = await attempt(locals, () => updateRelationType(params.key, form.parse()), form.raw);
		if (failed(done)) return done;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'relationTypes.saved') });
		redirect(303, '/admin/relation-types');
	}
} satisfies Actions;
