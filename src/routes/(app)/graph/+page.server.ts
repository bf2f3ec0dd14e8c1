import type { PageServerLoad } from './$types';
import { ourOrganisations } from '$lib/server/entities/ours';
import { getEntity } from '$lib/server/entities/records';
import { graphSides } from '$lib/server/explorer/network';
import type { Visibility } from '$lib/server/access/visibility';
import { loadOr404, requireReader } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { user, scope } = requireReader(locals);
	const focusId = url.searchParams.get('focus');
	const viewId = url.searchParams.get('view');
	const [focus, sides] = await Promise.all([
		focusId ? loadOr404(locals, () => getEntity(focusId, undefined, scope).then(({ id, name, type }) => ({ id, name, type }))) : viewId ? null : ourNetwork(scope),
		graphSides()
	]);
	return { focus, sides, viewId, canWrite: Object.values(user.access).some((actions) => actions.relate !== 'none') };
};

/** With nothing asked for, the explorer opens on our own company rather than on an empty canvas. */
async function ourNetwork(scope: Visibility) {
	const [ours] = await ourOrganisations(scope);
	return ours ? { id: ours.id, name: ours.name, type: 'Organisation' as const } : null;
}
