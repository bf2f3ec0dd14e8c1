import type { Actions, PageServerLoad } from './$types';
import { parseOrThrow } from '$lib/domain/forms';
import { tagTypeInput } from '$lib/domain/tags';
import { translate } from '$lib/i18n';
import { readForm, stringField } from '$lib/server/web/forms';
import { createTagType, deleteTagType, listTagTypes, updateTagType } from '$lib/server/relations/tags';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'tagType:admin');
	return { tagTypes: await listTagTypes() };
};

export const actions = {
	create: async ({ request, locals }) => {
		requirePermission(locals, 'tagType:admin');
		const form = await readForm(request, ['entityTypes']);
		const done = await attempt(locals, () => createTagType(parseOrThrow(tagTypeInput, form)), form);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'tagTypes.created') };
	},
	update: async ({ request, locals }) => {
		requirePermission(locals, 'tagType:admin');
		const form = await readForm(request, ['entityTypes']);
		const done = await attempt(locals, () => updateTagType(stringField(form, 'id'), parseOrThrow(tagTypeInput, form)), form);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'tagTypes.saved') };
	},
	delete: async ({ request, locals }) => {
		requirePermission(locals, 'tagType:admin');
		const form = await readForm(request, []);
		const confirmed = form.confirmedCount === undefined ? null : Number(form.confirmedCount);
		const done = await attempt(locals, () => deleteTagType(stringField(form, 'id'), confirmed), form);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'tagTypes.deleted', { count: done }) };
	}
} satisfies Actions;
