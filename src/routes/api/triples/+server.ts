import { json, type RequestHandler } from '@sveltejs/kit';
import { isDomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { MAX_TRIPLE_PAGE_SIZE, TRIPLE_FORMATS, tripleQuery } from '$lib/domain/triples';
import { translate } from '$lib/i18n';
import { baseFor } from '$lib/server/rdf/rdf';
import { contentTypeOf, negotiate, quadToJson, serialise } from '$lib/server/rdf/rdf-formats';
import { queryTriples } from '$lib/server/rdf/triples';
import { requireReader } from '$lib/server/web/http';

/**
 * `GET /api/triples?s=&p=&o=&page=&size=`: the triples matching a pattern, a page at a time.
 * JSON `{triples: [{s, p, o}], page, size, hasMore}` by default; Turtle, N-Triples or JSON-LD by
 * Accept (or `?format=`), with a `Link: <…>; rel="next"` header while there is more.
 */
export const GET: RequestHandler = async ({ url, request, locals }) => {
	const { scope } = requireReader(locals);
	const refuse = (status: number, code: string, key: string, params: Record<string, string | number> = {}) =>
		json({ error: code, message: translate(locals.locale, key, params) }, { status });
	const parsed = parseWith(tripleQuery, Object.fromEntries(url.searchParams));
	if (!parsed.ok) {
		const [field, key] = Object.entries(parsed.fieldErrors)[0]!;
		return refuse(400, 'INVALID_PATTERN', key, { field, max: MAX_TRIPLE_PAGE_SIZE });
	}
	const query = parsed.data;
	const format = negotiate(request.headers.get('accept'), query.format, TRIPLE_FORMATS, 'json');
	if (!format) return refuse(406, 'NOT_ACCEPTABLE', 'error.triples.notAcceptable');
	try {
		const result = await queryTriples(query, baseFor(url), scope);
		const headers: Record<string, string> = { vary: 'Accept' };
		if (result.hasMore) {
			const next = new URL(url);
			next.searchParams.set('page', String(query.page + 1));
			headers.link = `<${next.pathname}${next.search}>; rel="next"`;
		}
		if (format === 'json') {
			return json({ triples: result.quads.map(quadToJson), page: query.page, size: query.size, hasMore: result.hasMore }, { headers });
		}
		return new Response(serialise(result.quads, format, result.iris), {
			headers: { ...headers, 'content-type': contentTypeOf(format) }
		});
	} catch (e) {
		if (isDomainError(e)) return refuse(e.status, e.code, e.message, e.params);
		throw e;
	}
};
