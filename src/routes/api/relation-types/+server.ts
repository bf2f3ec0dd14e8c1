import type { RequestHandler } from './$types';
import { jsonOr } from '$lib/server/web/api';
import { getEntity } from '$lib/server/entities/records';
import { relationTypesFor } from '$lib/server/relations/relation-types';
import { requireReader } from '$lib/server/web/http';

/** GET ?subject=<id>[&object=<id>]: the sides the subject may use, towards that object's type if given. */
export const GET: RequestHandler = ({ url, locals }) => {
	const { scope } = requireReader(locals);
	return jsonOr(locals.locale, async () => {
		const subject = url.searchParams.get('subject') ?? '';
		const objectId = url.searchParams.get('object');
		await getEntity(subject, undefined, scope);
		const pairs = await relationTypesFor(subject);
		const objectType = objectId ? (await getEntity(objectId, undefined, scope)).type : null;
		const usable = pairs.filter((p) => !objectType || p.partner.subjectTypes.length === 0 || p.partner.subjectTypes.includes(objectType));
		return { sides: usable.map((p) => ({ key: p.side.key, predicate: p.side.predicate, predicateFr: p.side.predicateFr })) };
	});
};
