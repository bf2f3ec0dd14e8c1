import type { RequestHandler } from './$types';
import { jsonOr } from '$lib/server/web/api';
import { unrelate } from '$lib/server/relations/relate';
import { requirePermission } from '$lib/server/web/http';

/** DELETE /api/relations/<id>?entity=<either entity's id>. */
export const DELETE: RequestHandler = ({ params, url, locals }) => {
	const user = requirePermission(locals, 'entity:write');
	return jsonOr(locals.locale, async () => {
		await unrelate(url.searchParams.get('entity') ?? '', params.id, user);
		return { deleted: true };
	});
};
