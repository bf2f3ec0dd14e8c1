import type { PageServerLoad } from './$types';
import { can } from '$lib/domain/roles';
import { getEntityAnyType } from '$lib/server/entities/records';
import { graphSides } from '$lib/server/graph/explorer';
import { loadOr404, requirePermission } from '$lib/server/http';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requirePermission(locals, 'entity:read');
	const focusId = url.searchParams.get('focus');
	const [focus, sides] = await Promise.all([
		focusId ? loadOr404(locals, () => getEntityAnyType(focusId)) : Promise.resolve(null),
		graphSides()
	]);
	return { focus, sides, viewId: url.searchParams.get('view'), canWrite: can(user.role, 'entity:write') };
};
