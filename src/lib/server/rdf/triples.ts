/**
 * The triple store: s/p/o pattern queries over the graph and the export of everything.
 *
 * The store is virtual: triples are read from the graph as they are asked for. It holds, in this
 * order, the vocabulary (relation types and tag types, see `vocabularyQuads`), then, per live
 * entity by id, its type, label, properties, tags and relations in both readings.
 */
import { DataFactory, Parser, type Literal, type NamedNode, type Quad, type Term } from 'n3';
import { isEntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { TripleQuery } from '$lib/domain/triples';
import type { Visibility } from '$lib/server/access/visibility';
import { readTx, type Tx } from '$lib/server/db/driver';
import {
	CRM_TAG,
	ENTITY_PROPERTIES,
	LIST_PROPERTIES,
	RDF_TYPE,
	RDFS_LABEL,
	RELATION_KEY,
	UUID,
	entityRowToQuad,
	irisFor,
	matches,
	meaningOf,
	propertyOfLocalName,
	storedValueOf,
	vocabularyQuads,
	type EntityTripleRow,
	type Iris,
	type Vocabulary
} from '$lib/server/rdf/rdf';
import { serialiserFor } from '$lib/server/rdf/rdf-formats';

const { namedNode } = DataFactory;

/** Ids shipped to the anchored query per round trip when every entity is a candidate subject. */
const ID_BATCH = 5000;
/** Entities per batch in the export (one read transaction each). */
const EXPORT_BATCH = 500;
const NO_LIMIT = 2_000_000_000;

export async function loadVocabulary(tx: Tx): Promise<Vocabulary> {
	const [row] = await tx.query<Vocabulary>('triples/vocabulary');
	return { relationTypes: row?.relationTypes ?? [], tagTypes: row?.tagTypes ?? [] };
}

function invalidTerm(position: 's' | 'p' | 'o'): DomainError {
	return new DomainError('INVALID_PATTERN', `error.triples.term.${position}`, 400, { position });
}

/** A quoted literal as typed in `o` (`"x"`, `"x"@fr`, `"true"^^xsd:boolean`), read by the Turtle parser. */
function parseLiteral(raw: string, iris: Iris): Literal | null {
	const prefixes = Object.entries(iris.prefixes)
		.map(([p, iri]) => `@prefix ${p}: <${iri}> .`)
		.join('\n');
	try {
		const quads = new Parser({ format: 'Turtle' }).parse(`${prefixes}\n<urn:s> <urn:p> ${raw} .`);
		return quads.length === 1 && quads[0]!.object.termType === 'Literal' ? (quads[0]!.object as Literal) : null;
	} catch {
		return null;
	}
}

/**
 * One position of a pattern: null (free), or a term. Accepts a full IRI (bare or in `<…>`), a
 * prefixed name of ours or of rdf/rdfs/xsd/owl, an entity id (s, o), a relation key (p), a quoted
 * literal (o). Anything else is a 400 that says what to write.
 */
export function parsePatternTerm(raw: string | null, position: 's' | 'p' | 'o', iris: Iris): NamedNode | Literal | null {
	if (raw === null) return null;
	let text = raw.trim();
	if (text.startsWith('"')) {
		if (position !== 'o') throw invalidTerm(position);
		const lit = parseLiteral(text, iris);
		if (!lit) throw invalidTerm(position);
		return lit;
	}
	if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
	if (position !== 'p' && UUID.test(text)) return namedNode(iris.entity(text.toLowerCase()));
	if (position === 'p' && RELATION_KEY.test(text)) return namedNode(iris.relation(text));
	const prefixed = /^([a-z][a-z0-9]*):([A-Za-z0-9_][\w.-]*)$/.exec(text);
	if (prefixed) {
		const namespace = iris.prefixes[prefixed[1]!];
		// An unknown prefix is more likely a mistake than an IRI scheme.
		if (namespace) return namedNode(namespace + (prefixed[2] ?? ''));
		throw invalidTerm(position);
	}
	if (/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(text)) return namedNode(text);
	throw invalidTerm(position);
}

type PredicateFilter = { kind: 'any' | 'type' | 'label' | 'tag' } | { kind: 'property' | 'relation'; key: string };
type ObjectFilter = { kind: 'class' | 'literal' | 'tag' | 'entity'; value: string | boolean | number };

/** The `$p` of `triples/of-entities`, or null when no entity triple has this predicate. */
function predicateFilter(p: Term | null, vocabulary: Vocabulary): PredicateFilter | null {
	if (!p) return { kind: 'any' };
	if (p.value === RDF_TYPE) return { kind: 'type' };
	if (p.value === RDFS_LABEL) return { kind: 'label' };
	const meaning = meaningOf(p.value);
	if (meaning.kind === 'relation') {
		return vocabulary.relationTypes.some((t) => t.key === meaning.key) ? { kind: 'relation', key: meaning.key } : null;
	}
	if (meaning.kind === 'crm') {
		if (meaning.local === CRM_TAG) return { kind: 'tag' };
		const property = propertyOfLocalName(meaning.local);
		return property ? { kind: 'property', key: property } : null;
	}
	return null;
}

/** The `$o` of `triples/of-entities` (undefined: free), or null when no entity triple has this object. */
function objectFilter(o: Term | null): ObjectFilter | null | undefined {
	if (!o) return undefined;
	if (o.termType === 'Literal') {
		const value = storedValueOf(o as Literal);
		return value === null ? null : { kind: 'literal', value };
	}
	const meaning = meaningOf(o.value);
	if (meaning.kind === 'entity') return { kind: 'entity', value: meaning.id };
	if (meaning.kind === 'tag') return { kind: 'tag', value: meaning.id };
	if (meaning.kind === 'crm' && isEntityType(meaning.local)) return { kind: 'class', value: meaning.local };
	return null;
}

async function allLiveIds(tx: Tx): Promise<string[]> {
	const ids: string[] = [];
	for (;;) {
		const rows = await tx.query<{ id: string }>('triples/live-ids', { after: ids.at(-1) ?? '', limit: ID_BATCH });
		ids.push(...rows.map((r) => r.id));
		if (rows.length < ID_BATCH) return ids;
	}
}

const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

/**
 * The entities whose triples may match, found from whatever the pattern binds, most selective
 * first: the subject itself, the entities related to the object, those carrying the tag, the ends
 * of the relation type; only a pattern that binds none of them reads every live entity.
 */
async function candidateSubjects(
	tx: Tx,
	s: Term | null,
	p: PredicateFilter,
	o: ObjectFilter | undefined,
	vocabulary: Vocabulary
): Promise<string[]> {
	if (s) {
		const meaning = meaningOf(s.value);
		return meaning.kind === 'entity' ? [meaning.id] : [];
	}
	if (o?.kind === 'entity') return idsOf(await tx.query<{ id: string }>('triples/neighbours', { id: o.value }));
	if (o?.kind === 'tag') return idsOf(await tx.query<{ id: string }>('triples/tagged', { id: o.value }));
	if (p.kind === 'relation') {
		const side = vocabulary.relationTypes.find((t) => t.key === p.key)!;
		const nativeType = side.canonical ? side.key : side.partnerKey;
		const reading = side.symmetric ? 'both' : side.canonical ? 'start' : 'end';
		return idsOf(await tx.query<{ id: string }>('triples/relation-subjects', { nativeType, reading }));
	}
	return allLiveIds(tx);
}

function entityTriples(
	tx: Tx,
	iris: Iris,
	ids: string[],
	p: PredicateFilter,
	o: ObjectFilter | undefined,
	options: { canonicalOnly: boolean; skip: number; limit: number; scope: Visibility }
): Promise<Quad[]> {
	if (ids.length === 0 || options.limit <= 0) return Promise.resolve([]);
	return tx
		.query<EntityTripleRow>('triples/of-entities', {
			ids,
			p,
			o: o ?? null,
			properties: ENTITY_PROPERTIES,
			listProperties: LIST_PROPERTIES,
			canonicalOnly: options.canonicalOnly,
			skip: options.skip,
			limit: options.limit,
			scope: options.scope
		})
		.then((rows) => rows.map((row) => entityRowToQuad(row, iris)));
}

export interface TripleResult {
	quads: Quad[];
	hasMore: boolean;
	iris: Iris;
}

/** One page of the triples matching the pattern, in the store's stable order. */
export async function queryTriples(query: TripleQuery, base: string, scope: Visibility): Promise<TripleResult> {
	const iris = irisFor(base);
	const s = parsePatternTerm(query.s, 's', iris);
	const p = parsePatternTerm(query.p, 'p', iris);
	const o = parsePatternTerm(query.o, 'o', iris);
	const skip = (query.page - 1) * query.size;
	const wanted = query.size + 1; // one more tells whether there is a next page
	return readTx(async (tx) => {
		const vocabulary = await loadVocabulary(tx);
		const fromVocabulary = vocabularyQuads(vocabulary, iris).filter((q) => matches(q, s, p, o));
		let quads = fromVocabulary.slice(skip, skip + wanted);
		const pFilter = predicateFilter(p, vocabulary);
		const oFilter = objectFilter(o);
		if (quads.length < wanted && pFilter && oFilter !== null) {
			const ids = await candidateSubjects(tx, s, pFilter, oFilter, vocabulary);
			const more = await entityTriples(tx, iris, ids, pFilter, oFilter, {
				canonicalOnly: false,
				skip: Math.max(0, skip - fromVocabulary.length),
				limit: wanted - quads.length,
				scope
			});
			quads = quads.concat(more);
		}
		return { quads: quads.slice(0, query.size), hasMore: quads.length > query.size, iris };
	});
}

/**
 * Everything, each relation once (its canonical reading; `owl:inverseOf` in the vocabulary gives
 * the other), streamed batch by batch: each batch of entities is read in its own transaction, so
 * a client reading slowly holds no transaction open, and a retried batch emits nothing twice.
 */
export function exportTriples(base: string, format: 'turtle' | 'ntriples' | 'jsonld', scope: Visibility): ReadableStream<Uint8Array> {
	const iris = irisFor(base);
	const serialiser = serialiserFor(format, iris);
	const encoder = new TextEncoder();
	let after: string | null = null;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (after === null) {
					const vocabulary = await readTx(loadVocabulary);
					after = '';
					controller.enqueue(encoder.encode(serialiser.start() + serialiser.write(vocabularyQuads(vocabulary, iris))));
					return;
				}
				const cursor = after;
				const { ids, quads } = await readTx(async (tx) => {
					const rows = await tx.query<{ id: string }>('triples/live-ids', { after: cursor, limit: EXPORT_BATCH });
					const batch = idsOf(rows);
					const triples = await entityTriples(tx, iris, batch, { kind: 'any' }, undefined, {
						canonicalOnly: true,
						skip: 0,
						limit: NO_LIMIT,
						scope
					});
					return { ids: batch, quads: triples };
				});
				let text = serialiser.write(quads);
				if (ids.length < EXPORT_BATCH) text += serialiser.end();
				if (text) controller.enqueue(encoder.encode(text));
				if (ids.length < EXPORT_BATCH) controller.close();
				else after = ids.at(-1)!;
			}
		},
		{ highWaterMark: 1 }
	);
}
