import { redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { DomainError } from '$lib/domain/errors';
import { trashEntity } from '$lib/server/entities/trash';
import { setFlash } from './flash';
import { assertMayOn } from '$lib/server/access/guard';
import type { SessionUser } from '$lib/server/auth/sessions';
import { readForm } from './forms';
import { attempt, failed, requireAccess, requireSignedIn } from './http';
import { kindOfRoute } from './kinds';

type TrashEvent = Pick<RequestEvent, 'locals' | 'cookies'> & { params: { id: string; kind?: string } };

/** Form action: move the page's entity to the trash, then back to its list with an Undo. */
export async function trashAction({ params, locals, cookies }: TrashEvent) {
	const kind = kindOfRoute(params);
	const { user } = requireAccess(locals, kind.type, 'delete');
	const name = await attempt(locals, async () => {
		// A record of another kind under this kind's address does not exist here.
		if ((await assertMayOn(user, params.id, 'delete')) !== kind.type) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		return (await trashEntity(params.id, user)).name;
	});
	if (failed(name)) return name;
	setFlash(cookies, {
		kind: 'ok',
		message: translate(locals.locale, 'trash.moved', { name }),
		undo: { action: '/trash?/restore', id: params.id }
	});
	redirect(303, `/${kind.slug}`);
}

type ActionEvent = Pick<RequestEvent, 'request' | 'locals'> & { params: { id: string } };

/**
 * A module's form action on the page's entity (an order's step, a call's wrap-up): the form's fields
 * to the module's room once the user may change the record, then a sentence.
 */
export function recordAction(
	work: (entityId: string, form: Record<string, unknown>, user: SessionUser, locals: App.Locals) => Promise<unknown>,
	message: (form: Record<string, unknown>) => string
) {
	return async ({ request, locals, params }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(
			locals,
			async () => {
				await assertMayOn(user, params.id, 'change');
				return work(params.id, form, user, locals);
			},
			form
		);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, message(form)) };
	};
}
