/**
 * Serialisation of quads to the four answers (JSON, Turtle, N-Triples, JSON-LD) and content
 * negotiation. Writers are incremental so that the export can stream.
 */
import { Writer, type Quad, type Term } from 'n3';
import {
	IMPORT_FORMATS,
	TRIPLE_MEDIA_TYPES,
	type ImportFormat,
	type TripleFormat,
	type TripleJson,
	type TripleObject
} from '$lib/domain/triples';
import { RDF_LANG_STRING, RDF_TYPE, XSD_STRING, type Iris } from '$lib/server/rdf/rdf';

const MEDIA_TYPE_FORMAT: Record<string, TripleFormat> = {
	'application/json': 'json',
	'text/turtle': 'turtle',
	'application/x-turtle': 'turtle',
	'application/n-triples': 'ntriples',
	'application/ld+json': 'jsonld'
};

const FORMAT_ALIASES: Record<string, TripleFormat> = {
	json: 'json',
	turtle: 'turtle',
	ttl: 'turtle',
	ntriples: 'ntriples',
	nt: 'ntriples',
	'n-triples': 'ntriples',
	jsonld: 'jsonld',
	'json-ld': 'jsonld'
};

/**
 * The format to answer in: `?format=` when given (handy in a browser), else the best of `allowed`
 * for the Accept header (q-values honoured, `*\/*` gives `fallback`). Null when nothing fits (406).
 */
export function negotiate<F extends TripleFormat>(
	accept: string | null,
	format: string | undefined,
	allowed: readonly F[],
	fallback: F
): F | null {
	const offered = (f: TripleFormat | undefined): f is F => f !== undefined && (allowed as readonly TripleFormat[]).includes(f);
	if (format) {
		const chosen = FORMAT_ALIASES[format.toLowerCase()];
		return offered(chosen) ? chosen : null;
	}
	if (!accept || !accept.trim()) return fallback;
	const ranges = accept
		.split(',')
		.map((part, index) => {
			const [type = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
			const q = params.find((p) => p.startsWith('q='));
			return { type, q: q ? Number(q.slice(2)) : 1, index };
		})
		.filter((r) => r.type && Number.isFinite(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index);
	for (const range of ranges) {
		if (range.type === '*/*') return fallback;
		if (range.type.endsWith('/*')) {
			const family = range.type.slice(0, -1);
			if (TRIPLE_MEDIA_TYPES[fallback].startsWith(family)) return fallback;
			const match = allowed.find((f) => TRIPLE_MEDIA_TYPES[f].startsWith(family));
			if (match) return match;
			continue;
		}
		const chosen = MEDIA_TYPE_FORMAT[range.type];
		if (offered(chosen)) return chosen;
		// An export is JSON-LD when plain JSON is asked for and JSON is not offered.
		const jsonld = range.type === 'application/json' ? allowed.find((f) => f === 'jsonld') : undefined;
		if (jsonld) return jsonld;
	}
	return null;
}

/** The import format a request's Content-Type names, or null when it is not one an import reads (415). */
export function importFormatOf(contentType: string | null): ImportFormat | null {
	const format = MEDIA_TYPE_FORMAT[(contentType ?? '').split(';')[0]!.trim().toLowerCase()];
	return IMPORT_FORMATS.find((f) => f === format) ?? null;
}

export const contentTypeOf = (format: TripleFormat) => `${TRIPLE_MEDIA_TYPES[format]}; charset=utf-8`;
export const FILE_EXTENSION: Record<TripleFormat, string> = { json: 'json', turtle: 'ttl', ntriples: 'nt', jsonld: 'jsonld' };

function objectToJson(term: Term): TripleObject {
	if (term.termType !== 'Literal') return { iri: term.value };
	const out: TripleObject = { literal: term.value };
	if (term.language) out.lang = term.language;
	else if (term.datatype.value !== XSD_STRING && term.datatype.value !== RDF_LANG_STRING) out.datatype = term.datatype.value;
	return out;
}

export const quadToJson = (q: Quad): TripleJson => ({ s: q.subject.value, p: q.predicate.value, o: objectToJson(q.object) });

/** Writes quads in pieces: `write` returns the text for these quads, `end` what closes the document. */
export interface QuadSerialiser {
	start(): string;
	write(quads: Quad[]): string;
	end(): string;
}

function n3Serialiser(iris: Iris, format: 'Turtle' | 'N-Triples'): QuadSerialiser {
	let buffer = '';
	const sink = {
		write(chunk: string, _encoding?: unknown, done?: () => void) {
			buffer += chunk;
			done?.();
			return true;
		},
		end(done?: () => void) {
			done?.();
		}
	};
	const writer = new Writer(sink as never, format === 'Turtle' ? { format, prefixes: iris.prefixes } : { format });
	const take = () => {
		const out = buffer;
		buffer = '';
		return out;
	};
	return {
		start: take,
		write(quads) {
			for (const q of quads) writer.addQuad(q);
			return take();
		},
		end() {
			writer.end();
			return take();
		}
	};
}

function jsonValue(term: Term): Record<string, string> {
	if (term.termType !== 'Literal') return { '@id': term.value };
	if (term.language) return { '@value': term.value, '@language': term.language };
	if (term.datatype.value !== XSD_STRING) return { '@value': term.value, '@type': term.datatype.value };
	return { '@value': term.value };
}

/**
 * A flat `@graph` in expanded form (full IRIs everywhere, values as objects) with a context that
 * only declares the prefixes: any JSON-LD processor reads it, and it streams node by node.
 * Quads of one subject must come together (they do: the queries order by subject).
 */
function jsonLdSerialiser(iris: Iris): QuadSerialiser {
	let node: Record<string, unknown> | null = null;
	let first = true;
	const flush = (): string => {
		if (!node) return '';
		const text = (first ? '\n' : ',\n') + JSON.stringify(node);
		first = false;
		node = null;
		return text;
	};
	return {
		start: () => `{"@context":${JSON.stringify(iris.prefixes)},"@graph":[`,
		write(quads) {
			let out = '';
			for (const q of quads) {
				if (!node || node['@id'] !== q.subject.value) {
					out += flush();
					node = { '@id': q.subject.value };
				}
				if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
					((node['@type'] ??= []) as string[]).push(q.object.value);
				} else {
					((node[q.predicate.value] ??= []) as Record<string, string>[]).push(jsonValue(q.object));
				}
			}
			return out;
		},
		end: () => `${flush()}\n]}\n`
	};
}

export function serialiserFor(format: Exclude<TripleFormat, 'json'>, iris: Iris): QuadSerialiser {
	if (format === 'turtle') return n3Serialiser(iris, 'Turtle');
	if (format === 'ntriples') return n3Serialiser(iris, 'N-Triples');
	return jsonLdSerialiser(iris);
}

/** The whole document for a few quads (a page of a pattern query, whose order keeps each subject's quads together). */
export function serialise(quads: Quad[], format: Exclude<TripleFormat, 'json'>, iris: Iris): string {
	const s = serialiserFor(format, iris);
	return s.start() + s.write(quads) + s.end();
}
