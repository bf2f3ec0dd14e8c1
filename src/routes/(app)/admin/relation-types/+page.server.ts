import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { readForm, stringField } from '$lib/server/web/forms';
import { deleteRelationType, listRelationTypes, setRelationTypeEnabled } from '$lib/server/relations/relation-types';
import { listTagTypes } from '$lib/server/relations/tags';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'relationType:admin');
	const [pairs, tagTypes] = await Promise.all([listRelationTypes(), listTagTypes()]);
	return { pairs, tagTypes };
};

export const actions = {
	enabled: async ({ request, locals }) => {
		requirePermission(locals, 'relationType:admin');
		const form = await readForm(request, []);
		const done = await attempt(locals, () => setRelationTypeEnabled(stringField(form, 'key'), form.enabled === 'true'));
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, form.enabled === 'true' ? 'relationTypes.enabledNow' : 'relationTypes.disabledNow') };
	},
	delete: async ({ request, locals }) => {
		const admin = requirePermission(locals, 'relationType:admin');
		const form = await readForm(request, []);
		const confirmed = form.confirmedCount === undefined ? null : Number(form.confirmedCount);
		const done = await attempt(locals, () => deleteRelationType(stringField(form, 'key'), confirmed, admin), form);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'relationTypes.deleted', { count: done }) };
	}
} satisfies Actions;
