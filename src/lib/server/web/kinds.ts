import { error } from '@sveltejs/kit';
import { kindBySlug, type Kind } from '$lib/kinds/registry';

/** The entity kind of a `[kind=kind]` route (its matcher already refused unknown slugs). */
export function kindOfRoute(params: { kind?: string }): Kind {
	const kind = params.kind ? kindBySlug(params.kind) : undefined;
	if (!kind) error(404, { message: 'Not found', code: 'NOT_FOUND' });
	return kind;
}
