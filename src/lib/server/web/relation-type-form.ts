import { parseOrThrow } from '$lib/domain/forms';
import { relationTypeInput, type RelationTypeInput } from '$lib/domain/relations';
import { readForm } from '$lib/server/web/forms';

const LISTS = [
	'subjectTypes',
	'subjectRequiredTags',
	'subjectForbiddenTags',
	'objectTypes',
	'objectRequiredTags',
	'objectForbiddenTags'
];

/** The subject – verb – object form as submitted (for re-display) and validated. */
export async function readRelationTypeForm(request: Request): Promise<{ raw: Record<string, unknown>; parse(): RelationTypeInput }> {
	const raw = await readForm(request, LISTS);
	return { raw, parse: () => parseOrThrow(relationTypeInput, { ...raw, symmetric: raw.symmetric === 'on' }) };
}
