import { z } from 'zod';

/** What `GET /api/triples` and the export can answer in. */
export const TRIPLE_FORMATS = ['json', 'turtle', 'ntriples', 'jsonld'] as const;
export type TripleFormat = (typeof TRIPLE_FORMATS)[number];

export const TRIPLE_MEDIA_TYPES: Record<TripleFormat, string> = {
	json: 'application/json',
	turtle: 'text/turtle',
	ntriples: 'application/n-triples',
	jsonld: 'application/ld+json'
};

/** Formats an import accepts (N-Triples is a subset of Turtle, but parsed line by line for exact line numbers). */
export const IMPORT_FORMATS = ['turtle', 'ntriples'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const MAX_TRIPLE_PAGE_SIZE = 1000;
export const DEFAULT_TRIPLE_PAGE_SIZE = 100;

/** One pattern position as typed: empty means free. */
const term = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
	z.string().max(2000, { error: 'error.triples.termTooLong' }).nullable()
);

/**
 * `?s=&p=&o=&page=&size=`. Each position is free when empty, else a full IRI (with or without
 * `<…>`), a prefixed name (`crm:phone`, `rdf:type`), an entity id for `s`/`o`, a relation key for
 * `p` (`IS_CUSTOMER_OF`), or for `o` a quoted literal (`"active"`, `"true"^^xsd:boolean`, `"VIP"@en`).
 */
export const tripleQuery = z.object({
	s: term,
	p: term,
	o: term,
	page: z.preprocess((v) => v ?? undefined, z.coerce.number({ error: 'error.triples.page' }).int({ error: 'error.triples.page' }).min(1, { error: 'error.triples.page' }).default(1)),
	size: z.preprocess(
		(v) => v ?? undefined,
		z.coerce
			.number({ error: 'error.triples.size' })
			.int({ error: 'error.triples.size' })
			.min(1, { error: 'error.triples.size' })
			.max(MAX_TRIPLE_PAGE_SIZE, { error: 'error.triples.size' })
			.default(DEFAULT_TRIPLE_PAGE_SIZE)
	),
	format: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(20).optional())
});
export type TripleQuery = z.output<typeof tripleQuery>;

/** An object in the JSON answer: an IRI, or a literal with its datatype (left out for plain strings) or language. */
export type TripleObject = { iri: string } | { literal: string; datatype?: string; lang?: string };

export interface TripleJson {
	s: string;
	p: string;
	o: TripleObject;
}

/** The JSON answer of `GET /api/triples`. */
export interface TriplePage {
	triples: TripleJson[];
	page: number;
	size: number;
	hasMore: boolean;
}

export const importQuery = z.object({
	dryRun: z.preprocess(
		// A bare `?dryRun` asks for one too.
		(v) => (v === null || v === undefined ? 'false' : v === '' ? 'true' : String(v).toLowerCase()),
		z.enum(['true', 'false', '1', '0'], { error: 'error.triples.dryRun' }).transform((v) => v === 'true' || v === '1')
	)
});

/** One reason an import is refused; `line` is the line of the triple in the document, when known. */
export interface ImportIssue {
	line: number | null;
	code: string;
	/** An i18n key (the module) or the translated sentence (the HTTP answer). */
	message: string;
	params?: Record<string, string | number>;
}

/** What an import did, or with `dryRun` would do. With errors, nothing was written. */
export interface ImportReport {
	dryRun: boolean;
	entities: { created: number; updated: number; unchanged: number };
	relations: { created: number; skipped: number };
	tags: { created: number; unchanged: number };
	tagTypes: { created: number };
	errors: ImportIssue[];
}

export const emptyImportReport = (dryRun: boolean): ImportReport => ({
	dryRun,
	entities: { created: 0, updated: 0, unchanged: 0 },
	relations: { created: 0, skipped: 0 },
	tags: { created: 0, unchanged: 0 },
	tagTypes: { created: 0 },
	errors: []
});
