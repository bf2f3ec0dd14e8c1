import type { RequestHandler } from './$types';
import { z } from 'zod';
import { relateInput } from '$lib/domain/relations';
import { jsonOr, readJson } from '$lib/server/web/api';
import { relate } from '$lib/server/relations/relate';
import { assertMayRelate } from '$lib/server/access/guard';
import { requireSignedIn } from '$lib/server/web/http';

const body = relateInput.extend({ subject: z.string().trim().min(1).max(64) });

/** POST { subject, type, objects: [ids], attributes: { since, until, note } }: the same relate as the entity page. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const user = requireSignedIn(locals);
	return jsonOr(
		locals.locale,
		async () => {
			const input = await readJson(request, body);
			await assertMayRelate(user, input.subject, input.objects);
			return { ids: await relate(input.subject, input.type, input.objects, user, input.attributes) };
		},
		201
	);
};
