import { json, type RequestHandler } from '@sveltejs/kit';
import { parseWith } from '$lib/domain/forms';
import { importQuery } from '$lib/domain/triples';
import { DomainError } from '$lib/domain/errors';
import { baseFor } from '$lib/server/rdf/rdf';
import { importFormatOf } from '$lib/server/rdf/rdf-formats';
import { importTriples, localiseReport } from '$lib/server/rdf/triple-import';
import { assertFullAccess } from '$lib/server/access/guard';
import { jsonOr } from '$lib/server/web/api';
import { requireSignedIn } from '$lib/server/web/http';

/**
 * `POST /api/triples/import[?dryRun=true]` with a Turtle or N-Triples body. 200 with the report when
 * imported (or, dry, importable); 422 with the same report, its errors by line, when refused: then
 * nothing was written.
 */
export const POST: RequestHandler = ({ url, request, locals }) => {
	const actor = requireSignedIn(locals);
	return jsonOr(locals.locale, async () => {
		assertFullAccess(actor);
		const query = parseWith(importQuery, Object.fromEntries(url.searchParams));
		if (!query.ok) throw new DomainError('INVALID_INPUT', 'error.triples.dryRun', 400);
		const format = importFormatOf(request.headers.get('content-type'));
		if (!format) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'error.triples.unsupportedMediaType', 415);
		const report = await importTriples(await request.text(), format, actor, { dryRun: query.data.dryRun, base: baseFor(url) });
		return json(localiseReport(report, locals.locale), { status: report.errors.length > 0 ? 422 : 200 });
	});
};
