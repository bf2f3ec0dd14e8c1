import type { Actions, PageServerLoad } from './$types';
import { isActionFailure, redirect } from '@sveltejs/kit';
import { listQuery } from '$lib/domain/entities';
import { entityUrl as entityPath } from '$lib/kinds/registry';
import { can } from '$lib/domain/roles';
import { translate } from '$lib/i18n';
import { getEntity } from '$lib/server/entities/records';
import { listTrash, purgeEntity, restoreEntity } from '$lib/server/entities/trash';
import { setFlash } from '$lib/server/web/flash';
import { readForm, stringField } from '$lib/server/web/forms';
import { assertMayOn } from '$lib/server/access/guard';
import { attempt, failed, requirePermission, requireReader, requireSignedIn } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { user, scope } = requireReader(locals);
	const query = listQuery.parse(Object.fromEntries(url.searchParams));
	return {
		list: await listTrash(query, scope),
		query,
		canWrite: Object.values(user.access).some((actions) => actions.delete !== 'none'),
		canPurge: can(user.role, 'entity:purge')
	};
};

export const actions = {
	restore: async ({ request, locals, cookies }) => {
		const user = requireSignedIn(locals);
		const id = stringField(await readForm(request), 'id');
		const restored = await attempt(locals, async () => {
			await assertMayOn(user, id, 'delete');
			const entity = await getEntity(id);
			await restoreEntity(id, user);
			return entity;
		});
		if (failed(restored)) return restored;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'trash.restored', { name: restored.name }) });
		redirect(303, entityPath(restored.type, id));
	},
	purge: async ({ request, locals, cookies }) => {
		const user = requirePermission(locals, 'entity:purge');
		const id = stringField(await readForm(request), 'id');
		const purged = await attempt(locals, async () => {
			const entity = await getEntity(id);
			await purgeEntity(id, user);
			return entity;
		});
		if (failed(purged)) return purged;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'trash.purged', { name: purged.name }) });
		redirect(303, '/trash');
	}
} satisfies Actions;
