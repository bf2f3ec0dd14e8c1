import type { RequestHandler } from './$types';
import { jsonOr } from '$lib/server/web/api';
import { unrelate } from '$lib/server/relations/relate';
import { assertMayUnrelate } from '$lib/server/access/guard';
import { requireSignedIn } from '$lib/server/web/http';

/** DELETE /api/relations/<id>?entity=<either entity's id>. */
export const DELETE: RequestHandler = ({ params, url, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => {
		const entity = url.searchParams.get('entity') ?? '';
		await assertMayUnrelate(user, entity, params.id);
		await unrelate(entity, params.id, user);
		return { deleted: true };
	});
};
