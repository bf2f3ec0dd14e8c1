import type { PageServerLoad } from './$types';
import { can } from '$lib/domain/roles';
import { ourOrganisations } from '$lib/server/entities/ours';
import { getEntity } from '$lib/server/entities/records';
import { graphSides } from '$lib/server/explorer/network';
import { loadOr404, requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ url, locals }) => {
	const user = requirePermission(locals, 'entity:read');
	const focusId = url.searchParams.get('focus');
	const viewId = url.searchParams.get('view');
	const [focus, sides] = await Promise.all([
		focusId ? loadOr404(locals, () => getEntity(focusId).then(({ id, name, type }) => ({ id, name, type }))) : viewId ? null : ourNetwork(),
		graphSides()
	]);
	return { focus, sides, viewId, canWrite: can(user.role, 'entity:write') };
};

/** With nothing asked for, the explorer opens on our own company rather than on an empty canvas. */
async function ourNetwork() {
	const [ours] = await ourOrganisations();
	return ours ? { id: ours.id, name: ours.name, type: 'Organisation' as const } : null;
}
