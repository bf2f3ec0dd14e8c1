import { json, type RequestHandler } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { baseFor } from '$lib/server/rdf/rdf';
import { FILE_EXTENSION, contentTypeOf, negotiate } from '$lib/server/rdf/rdf-formats';
import { exportTriples } from '$lib/server/rdf/triples';
import { requireReader } from '$lib/server/web/http';

const EXPORT_FORMATS = ['turtle', 'ntriples', 'jsonld'] as const;

/** `GET /api/triples/export`: every live entity, tag and relation (each once), streamed; Turtle unless asked otherwise. */
export const GET: RequestHandler = ({ url, request, locals }) => {
	const { scope } = requireReader(locals);
	const format = negotiate(request.headers.get('accept'), url.searchParams.get('format') || undefined, EXPORT_FORMATS, 'turtle');
	if (!format) {
		return json({ error: 'NOT_ACCEPTABLE', message: translate(locals.locale, 'error.triples.notAcceptable') }, { status: 406 });
	}
	const day = new Date().toISOString().slice(0, 10);
	return new Response(exportTriples(baseFor(url), format, scope), {
		headers: {
			'content-type': contentTypeOf(format),
			'content-disposition': `attachment; filename="crm-${day}.${FILE_EXTENSION[format]}"`,
			vary: 'Accept'
		}
	});
};
