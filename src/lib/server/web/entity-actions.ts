import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { EntityType } from '$lib/domain/entities';
import { listPath } from '$lib/domain/urls';
import { translate } from '$lib/i18n';
import { getEntity } from '$lib/server/entities/records';
import { trashEntity } from '$lib/server/entities/trash';
import { setFlash } from '$lib/server/web/flash';
import { attempt, failed, requirePermission } from '$lib/server/web/http';

type TrashEvent = Pick<RequestEvent, 'locals' | 'cookies'> & { params: { id: string } };

/** Form action: move the page's entity to the trash, then back to its list with an Undo. */
export function trashAction(type: EntityType) {
	return async ({ params, locals, cookies }: TrashEvent) => {
		const user = requirePermission(locals, 'entity:write');
		const name = await attempt(locals, async () => {
			const entity = await getEntity(type, params.id);
			await trashEntity(params.id, user);
			return entity.name;
		});
		if (failed(name)) return name;
		setFlash(cookies, {
			kind: 'ok',
			message: translate(locals.locale, 'trash.moved', { name }),
			undo: { action: '/trash?/restore', id: params.id }
		});
		redirect(303, listPath(type));
	};
}
