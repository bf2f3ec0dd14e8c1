import { error } from '@sveltejs/kit';
import { kindBySlug, type Kind } from '$lib/kinds/registry';

/** The entity kind of a `[kind=kind]` route (its matcher already refused unknown slugs). */
export function kindOfRoute(params: { kind?: string }): Kind {
	const kind = params.kind ? kindBySlug(params.kind) : undefined;
	if (!kind) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	return kind;
}

/** The kind of a generic new or edit form: 404 for a kind its own workflow writes (an order). */
export function formKindOfRoute(params: { kind?: string }): Kind {
	const kind = kindOfRoute(params);
	if (kind.workflow) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	return kind;
}
