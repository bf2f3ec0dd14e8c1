/**
 * The RDF face of the graph: IRIs, the small `crm:` vocabulary, and the conversion of stored values
 * to RDF terms and back. No database access here.
 *
 * IRI scheme (base = ORIGIN, else the request's origin, without a trailing slash):
 *   entity         <base>/id/entity/<id>
 *   relation side  <base>/id/relation/<KEY>     (both sides of a pair: each reading is a triple)
 *   tag type       <base>/id/tag/<id>
 *   vocabulary     <base>/ns#<name>             (prefix crm:)
 */
import { DataFactory, type Literal, type NamedNode, type Quad, type Term } from 'n3';
import type { FieldSpec } from '$lib/kinds/fields';
import { KINDS } from '$lib/kinds/registry';

const { namedNode, literal, quad } = DataFactory;

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';

export const RDF_TYPE = `${RDF}type`;
export const RDF_PROPERTY = `${RDF}Property`;
export const RDFS_LABEL = `${RDFS}label`;
export const OWL_INVERSE_OF = `${OWL}inverseOf`;
export const OWL_SYMMETRIC = `${OWL}SymmetricProperty`;
export const XSD_STRING = `${XSD}string`;
export const XSD_BOOLEAN = `${XSD}boolean`;
export const XSD_INTEGER = `${XSD}integer`;
export const XSD_DOUBLE = `${XSD}double`;
export const XSD_DECIMAL = `${XSD}decimal`;
export const XSD_DATE = `${XSD}date`;
export const RDF_LANG_STRING = `${RDF}langString`;

/**
 * Stored entity properties exported as `crm:<name>` triples, per type, in the order of the kind's
 * declaration. `name` is `rdfs:label`; `id` is in the IRI; derived (`sortName`, `searchText`), audit
 * (`createdAt`, `ownerId`…) and account (`userId`) properties are not part of the triple store.
 */
export const ENTITY_PROPERTIES: Record<string, readonly string[]> = Object.fromEntries(
	KINDS.map((k) => [k.type, k.fieldNames.filter((f) => f !== 'name')])
);

/** The declaration of a property (a field name means the same in every kind that has it). */
const SPEC_OF: Map<string, FieldSpec> = new Map(KINDS.flatMap((k) => k.fieldNames.map((f) => [f, k.fields[f]!] as const)).reverse());
export const fieldSpecOf = (property: string): FieldSpec | undefined => SPEC_OF.get(property);

/** Multi-valued properties: one triple per value, in the stored order. */
export const isListProperty = (property: string) => SPEC_OF.get(property)?.multiple ?? false;
export const LIST_PROPERTIES: readonly string[] = [...SPEC_OF].filter(([, spec]) => spec.multiple).map(([name]) => name);

/** Stored property ↔ vocabulary name: one triple per value reads better in the singular (`crm:phone`). */
const LOCAL_NAME: Record<string, string> = Object.fromEntries(LIST_PROPERTIES.map((p) => [p, p.replace(/s$/, '')]));
const PROPERTY_OF_LOCAL: Record<string, string> = Object.fromEntries(
	[...new Set(Object.values(ENTITY_PROPERTIES).flat())].map((p) => [LOCAL_NAME[p] ?? p, p])
);

export const propertyLocalName = (property: string) => LOCAL_NAME[property] ?? property;
/** The stored property behind `crm:<local>`, or null when it is not an entity property. */
export const propertyOfLocalName = (local: string): string | null => PROPERTY_OF_LOCAL[local] ?? null;

/** Vocabulary terms that are not entity properties. */
export const CRM_TAG = 'tag';
export const CRM_TAG_CLASS = 'Tag';
export const CRM_APPLIES_TO = 'appliesTo';
export const CRM_COLOR = 'color';


function normaliseBase(base: string): string {
	return base.replace(/\/+$/, '');
}

/** The IRI base of this installation: ORIGIN when set (behind a proxy), else the request's origin. */
export function baseFor(url: URL): string {
	return normaliseBase(process.env.ORIGIN?.trim() || url.origin);
}

export interface Iris {
	base: string;
	vocab: string;
	entity(id: string): string;
	relation(key: string): string;
	tag(id: string): string;
	crm(local: string): string;
	prefixes: Record<string, string>;
}

export function irisFor(rawBase: string): Iris {
	const base = normaliseBase(rawBase);
	const vocab = `${base}/ns#`;
	return {
		base,
		vocab,
		entity: (id) => `${base}/id/entity/${encodeURIComponent(id)}`,
		relation: (key) => `${base}/id/relation/${encodeURIComponent(key)}`,
		tag: (id) => `${base}/id/tag/${encodeURIComponent(id)}`,
		crm: (local) => `${vocab}${local}`,
		prefixes: {
			crm: vocab,
			rel: `${base}/id/relation/`,
			tag: `${base}/id/tag/`,
			entity: `${base}/id/entity/`,
			rdf: RDF,
			rdfs: RDFS,
			xsd: XSD,
			owl: OWL
		}
	};
}

/** What an IRI names in our scheme. */
export type IriMeaning =
	| { kind: 'entity'; id: string }
	| { kind: 'relation'; key: string }
	| { kind: 'tag'; id: string }
	| { kind: 'crm'; local: string }
	| { kind: 'other'; iri: string };

const OURS = /^https?:\/\/[^?#]*?\/(?:id\/(entity|relation|tag)\/([^/?#]+)|ns#([A-Za-z][\w-]*))$/;

/**
 * Reads an IRI of our scheme under ANY base, so that an export made on one installation
 * (or under another ORIGIN) imports on another. Anything else is `other`.
 */
export function meaningOf(iri: string): IriMeaning {
	const m = OURS.exec(iri);
	if (!m) return { kind: 'other', iri };
	if (m[3]) return { kind: 'crm', local: m[3] };
	let id: string;
	try {
		id = decodeURIComponent(m[2]!);
	} catch {
		return { kind: 'other', iri };
	}
	if (m[1] === 'entity') return { kind: 'entity', id };
	if (m[1] === 'relation') return { kind: 'relation', key: id };
	return { kind: 'tag', id };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const RELATION_KEY = /^[A-Z][A-Z0-9_]*$/;

const DATATYPE = { boolean: XSD_BOOLEAN, integer: XSD_INTEGER, decimal: XSD_DECIMAL, date: XSD_DATE } as const;

/** A stored value of `property` as an RDF literal, typed as its field declares (strings plain). */
function literalOf(property: string, value: unknown): Literal {
	const rdf = SPEC_OF.get(property)?.rdf ?? (typeof value === 'boolean' ? 'boolean' : 'string');
	return rdf === 'string' ? literal(String(value)) : literal(String(value), namedNode(DATATYPE[rdf]));
}

/** The value to compare with a stored property: booleans for xsd:boolean, strings for plain strings; null when no stored value can equal it. */
export function storedValueOf(term: Literal): string | boolean | number | null {
	if (term.language) return null;
	const datatype = term.datatype.value;
	if (datatype === XSD_STRING || datatype === XSD_DATE) return term.value;
	if (datatype === XSD_BOOLEAN) return term.value === 'true' || term.value === '1' ? true : term.value === 'false' || term.value === '0' ? false : null;
	if (datatype === XSD_INTEGER || datatype === XSD_DOUBLE || datatype === XSD_DECIMAL) {
		const n = Number(term.value);
		return Number.isFinite(n) ? n : null;
	}
	return null;
}

export interface RelationTypeRow {
	key: string;
	predicate: string;
	predicateFr: string | null;
	canonical: boolean;
	symmetric: boolean;
	partnerKey: string;
}

export interface TagTypeRow {
	id: string;
	name: string;
	nameFr: string | null;
	entityTypes: string[];
	color: string | null;
}

export interface Vocabulary {
	relationTypes: RelationTypeRow[];
	tagTypes: TagTypeRow[];
}

/**
 * The description of relation types and tag types: labels in both languages, each side's inverse
 * (so the readings left out of the export can be derived), which entity types a tag applies to.
 * Relation types first, then tag types, each by key/id: a stable order for paging.
 */
export function vocabularyQuads(vocabulary: Vocabulary, iris: Iris): Quad[] {
	const out: Quad[] = [];
	const type = namedNode(RDF_TYPE);
	const label = namedNode(RDFS_LABEL);
	for (const rt of [...vocabulary.relationTypes].sort((a, b) => (a.key < b.key ? -1 : 1))) {
		const s = namedNode(iris.relation(rt.key));
		out.push(quad(s, type, namedNode(RDF_PROPERTY)));
		if (rt.symmetric) out.push(quad(s, type, namedNode(OWL_SYMMETRIC)));
		out.push(quad(s, label, literal(rt.predicate, 'en')));
		if (rt.predicateFr) out.push(quad(s, label, literal(rt.predicateFr, 'fr')));
		out.push(quad(s, namedNode(OWL_INVERSE_OF), namedNode(iris.relation(rt.partnerKey))));
	}
	for (const tag of [...vocabulary.tagTypes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const s = namedNode(iris.tag(tag.id));
		out.push(quad(s, type, namedNode(iris.crm(CRM_TAG_CLASS))));
		out.push(quad(s, label, literal(tag.name, 'en')));
		if (tag.nameFr) out.push(quad(s, label, literal(tag.nameFr, 'fr')));
		for (const t of tag.entityTypes ?? []) out.push(quad(s, namedNode(iris.crm(CRM_APPLIES_TO)), namedNode(iris.crm(t))));
		if (tag.color) out.push(quad(s, namedNode(iris.crm(CRM_COLOR)), literal(tag.color)));
	}
	return out;
}

/** One row of `triples/of-entities`. */
export interface EntityTripleRow {
	s: string;
	rank: number;
	key: string;
	kind: 'class' | 'literal' | 'tag' | 'entity';
	value: unknown;
}

const RANK_PREDICATE = [RDF_TYPE, RDFS_LABEL, '', '', ''];

export function entityRowToQuad(row: EntityTripleRow, iris: Iris): Quad {
	const subject = namedNode(iris.entity(row.s));
	let predicate: NamedNode;
	if (row.rank === 2) predicate = namedNode(iris.crm(propertyLocalName(row.key)));
	else if (row.rank === 3) predicate = namedNode(iris.crm(CRM_TAG));
	else if (row.rank === 4) predicate = namedNode(iris.relation(row.key));
	else predicate = namedNode(RANK_PREDICATE[row.rank]!);
	let object: Term;
	if (row.kind === 'class') object = namedNode(iris.crm(String(row.value)));
	else if (row.kind === 'tag') object = namedNode(iris.tag(String(row.value)));
	else if (row.kind === 'entity') object = namedNode(iris.entity(String(row.value)));
	else object = literalOf(row.rank === 1 ? 'name' : row.key, row.value);
	return quad(subject, predicate, object as NamedNode | Literal);
}

/** Term equality on the three positions that a pattern may bind. */
export function matches(q: Quad, s: Term | null, p: Term | null, o: Term | null): boolean {
	return (!s || q.subject.equals(s)) && (!p || q.predicate.equals(p)) && (!o || q.object.equals(o));
}
