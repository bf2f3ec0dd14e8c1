import { redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { getEntity } from '$lib/server/entities/records';
import { trashEntity } from '$lib/server/entities/trash';
import { setFlash } from './flash';
import { attempt, failed, requirePermission } from './http';
import { kindOfRoute } from './kinds';

type TrashEvent = Pick<RequestEvent, 'locals' | 'cookies'> & { params: { id: string; kind?: string } };

/** Form action: move the page's entity to the trash, then back to its list with an Undo. */
export async function trashAction({ params, locals, cookies }: TrashEvent) {
	const kind = kindOfRoute(params);
	const user = requirePermission(locals, 'entity:write');
	const name = await attempt(locals, async () => {
		const entity = await getEntity(params.id, kind.type);
		await trashEntity(params.id, user);
		return entity.name;
	});
	if (failed(name)) return name;
	setFlash(cookies, {
		kind: 'ok',
		message: translate(locals.locale, 'trash.moved', { name }),
		undo: { action: '/trash?/restore', id: params.id }
	});
	redirect(303, `/${kind.slug}`);
}
