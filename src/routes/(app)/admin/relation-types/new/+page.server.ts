import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { setFlash } from '$lib/server/web/flash';
import { createRelationType } from '$lib/server/relations/relation-types';
import { listTagTypes } from '$lib/server/relations/tags';
import { attempt, failed, requirePermission } from '$lib/server/web/http';
import { readRelationTypeForm } from '$lib/server/web/relation-type-form';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'relationType:admin');
	return { tagTypes: await listTagTypes() };
};

export const actions = {
	default: async ({ request, locals, cookies }) => {
		requirePermission(locals, 'relationType:admin');
		const form = await readRelationTypeForm(request);
		const key = await attempt(locals, () => createRelationType(form.parse()), form.raw);
		if (failed(key)) return key;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'relationTypes.created') });
		redirect(303, '/admin/relation-types');
	}
} satisfies Actions;
