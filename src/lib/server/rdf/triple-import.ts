/**
 * Import of Turtle or N-Triples: entities (created, or updated where their IRI names one that
 * exists), their tags, and relations, all in one transaction. Nothing is written unless every
 * triple is accepted; a dry run runs the very same transaction and rolls it back.
 */
import { randomUUID } from 'node:crypto';
import type { Literal, Term } from 'n3';
import { isEntityType, type EntityType } from '$lib/domain/entities';
import { parseWith } from '$lib/domain/forms';
import { KINDS, kindOf } from '$lib/kinds/registry';
import { can } from '$lib/domain/roles';
import { tagTypeInput } from '$lib/domain/tags';
import { emptyImportReport, type ImportFormat, type ImportIssue, type ImportReport } from '$lib/domain/triples';
import { localiseParams, translate, type Locale } from '$lib/i18n';
import { writeTx, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { diff } from '$lib/server/entities/history';
import { checkEntity, DERIVED, storeNewEntities } from '$lib/server/entities/pipeline';
import { getSettings, type Settings } from '$lib/server/app/settings';
import { refusalParams, relateInTx } from '$lib/server/relations/relate';
import {
	CRM_APPLIES_TO,
	CRM_COLOR,
	CRM_TAG,
	CRM_TAG_CLASS,
	ENTITY_PROPERTIES,
	RDF_LANG_STRING,
	RDF_TYPE,
	RDFS_LABEL,
	UUID,
	XSD_DATE,
	XSD_DECIMAL,
	XSD_DOUBLE,
	XSD_INTEGER,
	XSD_STRING,
	fieldSpecOf,
	isListProperty,
	meaningOf,
	propertyLocalName,
	propertyOfLocalName,
	storedValueOf,
	type RelationTypeRow,
	type TagTypeRow
} from '$lib/server/rdf/rdf';
import { parseTriples, type LinedQuad } from '$lib/server/rdf/triple-parse';
import { loadVocabulary } from '$lib/server/rdf/triples';

export interface ImportOptions {
	dryRun: boolean;
	/** Resolves relative IRIs in Turtle (the installation's base). */
	base: string;
}

interface Value {
	term: Term;
	line: number;
}

/** A node of the document that stands for an entity: described, or only named by a relation. */
interface Node {
	key: string;
	label: string;
	term: Term;
	line: number;
	types: Value[];
	labels: Value[];
	props: Map<string, Value[]>;
	tags: Value[];
	described: boolean;
}

interface TagNode {
	id: string;
	line: number;
	types: Value[];
	labels: Value[];
	appliesTo: Value[];
	colors: Value[];
}

interface RelationStatement {
	subject: string;
	sideKey: string;
	object: string;
	line: number;
}

interface EntityPlan {
	node: Node;
	id: string;
	type: EntityType;
	existing: Record<string, unknown> | null;
}

type Stored = Record<string, unknown> & { id: string; type: EntityType; deletedAt: string | null };

/** Ends the transaction without committing: a refused import, or a dry run. */
class Rollback extends Error {
	constructor(readonly report: ImportReport) {
		super('import rolled back');
	}
}

/** The classes of entities, for the messages that name them (crm:Organisation, crm:Contact…). */
const CLASSES = KINDS.map((k) => `crm:${k.type}`).join(', ');
const STRING_DATATYPES = new Set([XSD_STRING, RDF_LANG_STRING]);
const NUMBER_DATATYPES = new Set([XSD_STRING, XSD_INTEGER, XSD_DECIMAL, XSD_DOUBLE]);
const DATE_DATATYPES = new Set([XSD_STRING, XSD_DATE]);
const termLabel = (term: Term) => (term.termType === 'BlankNode' ? `_:${term.value}` : `<${term.value}>`);
const fieldName = (property: string) => (property === 'name' ? 'rdfs:label' : `crm:${propertyLocalName(property)}`);

class Collector {
	readonly errors: ImportIssue[] = [];
	add(line: number | null, code: string, message: string, params: Record<string, string | number> = {}) {
		this.errors.push({ line, code, message, params });
	}
}

/** First pass: sorts each triple into entity descriptions, tag type descriptions and relations. */
function classify(quads: LinedQuad[], relationTypes: Map<string, RelationTypeRow>, errors: Collector) {
	const nodes = new Map<string, Node>();
	const tagNodes = new Map<string, TagNode>();
	const relations: RelationStatement[] = [];

	const nodeOf = (term: Term, line: number): Node => {
		const key = term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
		let node = nodes.get(key);
		if (!node) {
			node = { key, label: termLabel(term), term, line, types: [], labels: [], props: new Map(), tags: [], described: false };
			nodes.set(key, node);
		}
		return node;
	};

	for (const { quad, line } of quads) {
		const { subject: s, predicate: p, object: o } = quad;
		const sMeaning = s.termType === 'NamedNode' ? meaningOf(s.value) : null;
		// Relation types are defined in the application; their description in an export is for readers.
		if (sMeaning?.kind === 'relation' || sMeaning?.kind === 'crm') continue;
		if (sMeaning?.kind === 'tag') {
			let tag = tagNodes.get(sMeaning.id);
			if (!tag) tagNodes.set(sMeaning.id, (tag = { id: sMeaning.id, line, types: [], labels: [], appliesTo: [], colors: [] }));
			const pm = meaningOf(p.value);
			if (p.value === RDF_TYPE) tag.types.push({ term: o, line });
			else if (p.value === RDFS_LABEL) tag.labels.push({ term: o, line });
			else if (pm.kind === 'crm' && pm.local === CRM_APPLIES_TO) tag.appliesTo.push({ term: o, line });
			else if (pm.kind === 'crm' && pm.local === CRM_COLOR) tag.colors.push({ term: o, line });
			else errors.add(line, 'UNKNOWN_PREDICATE', 'error.triples.unknownPredicate', { predicate: p.value });
			continue;
		}
		if (s.termType !== 'NamedNode' && s.termType !== 'BlankNode') {
			errors.add(line, 'UNKNOWN_PREDICATE', 'error.triples.unknownPredicate', { predicate: p.value });
			continue;
		}
		const node = nodeOf(s, line);
		const pm = meaningOf(p.value);
		if (p.value === RDF_TYPE) {
			node.types.push({ term: o, line });
			node.described = true;
		} else if (p.value === RDFS_LABEL) {
			node.labels.push({ term: o, line });
			node.described = true;
		} else if (pm.kind === 'crm' && pm.local === CRM_TAG) {
			const om = o.termType === 'NamedNode' ? meaningOf(o.value) : null;
			if (om?.kind !== 'tag') errors.add(line, 'TAG_EXPECTED', 'error.triples.tagObjectExpected');
			else node.tags.push({ term: o, line });
			node.described = true;
		} else if (pm.kind === 'crm' && propertyOfLocalName(pm.local)) {
			const property = propertyOfLocalName(pm.local)!;
			const list = node.props.get(property) ?? [];
			list.push({ term: o, line });
			node.props.set(property, list);
			node.described = true;
		} else if (pm.kind === 'relation') {
			if (!relationTypes.has(pm.key)) {
				errors.add(line, 'UNKNOWN_RELATION_TYPE', 'error.triples.unknownRelationType', { key: pm.key });
			} else if (o.termType === 'Literal' || (o.termType === 'NamedNode' && meaningOf(o.value).kind !== 'entity' && meaningOf(o.value).kind !== 'other')) {
				errors.add(line, 'ENTITY_EXPECTED', 'error.triples.entityObjectExpected');
			} else {
				const object = nodeOf(o, line);
				relations.push({ subject: node.key, sideKey: pm.key, object: object.key, line });
			}
		} else {
			errors.add(line, 'UNKNOWN_PREDICATE', 'error.triples.unknownPredicate', { predicate: p.value });
		}
	}
	return { nodes, tagNodes, relations };
}

/** A property's values as the write pipeline takes them (texts, numbers as text, or a boolean), checked one by one. */
function valuesOf(property: string, values: Value[], errors: Collector): unknown[] | null {
	const out: unknown[] = [];
	const rdf = property === 'name' ? 'string' : (fieldSpecOf(property)?.rdf ?? 'string');
	let ok = true;
	for (const { term, line } of values) {
		const datatype = term.termType === 'Literal' ? (term as Literal).datatype.value : '';
		if (term.termType !== 'Literal') {
			errors.add(line, 'LITERAL_EXPECTED', 'error.triples.literalExpected', { field: fieldName(property) });
			ok = false;
		} else if (rdf === 'boolean') {
			const v = storedValueOf(term as Literal) ?? (term.value === 'true' ? true : term.value === 'false' ? false : null);
			if (typeof v !== 'boolean') {
				errors.add(line, 'BOOLEAN_EXPECTED', 'error.triples.booleanExpected', { field: fieldName(property) });
				ok = false;
			} else out.push(v);
		} else if (!(rdf === 'integer' || rdf === 'decimal' ? NUMBER_DATATYPES : rdf === 'date' ? DATE_DATATYPES : STRING_DATATYPES).has(datatype)) {
			errors.add(line, 'LITERAL_EXPECTED', 'error.triples.literalExpected', { field: fieldName(property) });
			ok = false;
		} else out.push(term.value);
	}
	if (!ok) return null;
	if (!isListProperty(property)) {
		const distinct = [...new Set(out)];
		if (distinct.length > 1) {
			const second = values.find((v, i) => i > 0 && (v.term as Literal).value !== values[0]!.term.value);
			errors.add(second?.line ?? values[1]!.line, 'TOO_MANY_VALUES', 'error.triples.tooManyValues', { field: fieldName(property) });
			return null;
		}
		return distinct;
	}
	return out;
}

const lists = (e: Record<string, unknown>, key: string) => (Array.isArray(e[key]) ? (e[key] as unknown[]) : []);
const scalar = (e: Record<string, unknown>, key: string) => (e[key] === undefined ? null : e[key]);

/**
 * The properties to store for one entity: the document's values over the stored ones (a property
 * the document does not mention keeps its value), through the write pipeline exactly like the forms
 * (phones normalised to E.164, categories from the settings, our own companies by administrators
 * only). Null when refused, with each refusal on the line of the value at fault.
 */
function propsFor(plan: EntityPlan, actor: Actor, settings: Settings, errors: Collector): Record<string, unknown> | null {
	const { node, type } = plan;
	const kind = kindOf(type);
	const current: Record<string, unknown> = plan.existing ?? {};
	const before = errors.errors.length;
	if (kind.workflow) {
		errors.add(node.line, 'WORKFLOW_KIND', 'error.triples.workflowKind', { type });
		return null;
	}
	const doc = new Map<string, unknown[]>();
	for (const [property, values] of node.props) {
		if (!ENTITY_PROPERTIES[type]!.includes(property)) {
			for (const v of values) errors.add(v.line, 'PROPERTY_NOT_FOR_TYPE', 'error.triples.propertyNotForType', { field: fieldName(property), type });
			continue;
		}
		const checked = valuesOf(property, values, errors);
		if (checked) doc.set(property, checked);
	}
	const labels = valuesOf('name', node.labels, errors);
	// Go on with the values that passed, so that one refused value does not hide the next ones.
	const label = labels?.[0] as string | undefined;
	const raw: Record<string, unknown> = {};
	for (const key of kind.fieldNames) {
		if (doc.has(key)) raw[key] = isListProperty(key) ? doc.get(key) : doc.get(key)![0];
		// A new entity's missing values take their defaults; a stored one's keep what is stored.
		else raw[key] = plan.existing ? current[key] : undefined;
	}
	if (kind.fieldNames.includes('name')) raw.name = label ?? current.name;
	else if (!plan.existing && label) {
		// A new contact named only by its label: the label is the last of its title fields (the last name).
		const last = kind.title.from.at(-1)!;
		raw[last] ??= label;
	}
	const lineOfField = (path: string): number => {
		const [field = '', index] = path.split('.');
		const values = field === 'name' ? node.labels : node.props.get(field);
		return (index !== undefined ? values?.[Number(index)]?.line : values?.[0]?.line) ?? node.types[0]?.line ?? node.line;
	};
	const checked = checkEntity(kind, raw, { actor, settings }, plan.existing);
	if (!checked.ok) {
		for (const [path, reason] of Object.entries(checked.fieldErrors)) {
			const [field = '', index] = path.split('.');
			const value = index !== undefined ? (raw[field] as unknown[] | undefined)?.[Number(index)] : undefined;
			errors.add(lineOfField(path), 'INVALID_VALUE', 'error.triples.field', {
				field: fieldName(field),
				reason,
				...(typeof value === 'string' ? { value } : {})
			});
		}
		return null;
	}
	return errors.errors.length > before ? null : checked.props;
}

/** The tag types a document describes and this database lacks; only administrators may add them. */
function plannedTagTypes(tagNodes: Map<string, TagNode>, existing: Map<string, TagTypeRow>, actor: Actor, errors: Collector) {
	const out: { id: string; name: string; nameFr: string | null; entityTypes: string[]; color: string }[] = [];
	for (const tag of tagNodes.values()) {
		if (existing.has(tag.id)) continue;
		if (!can(actor.role, 'tagType:admin')) {
			errors.add(tag.line, 'TAG_TYPE_ADMIN', 'error.triples.tagTypeAdmin', { tag: tag.id });
			continue;
		}
		const before = errors.errors.length;
		for (const t of tag.types) {
			const m = t.term.termType === 'NamedNode' ? meaningOf(t.term.value) : null;
			if (m?.kind !== 'crm' || m.local !== CRM_TAG_CLASS) errors.add(t.line, 'UNKNOWN_CLASS', 'error.triples.tagTypeClass');
		}
		const literals = tag.labels.filter((l) => l.term.termType === 'Literal').map((l) => l.term as Literal);
		const name = literals.find((l) => l.language === 'en') ?? literals.find((l) => !l.language);
		const nameFr = literals.find((l) => l.language === 'fr');
		const entityTypes: string[] = [];
		for (const a of tag.appliesTo) {
			const m = a.term.termType === 'NamedNode' ? meaningOf(a.term.value) : null;
			if (m?.kind === 'crm' && isEntityType(m.local)) entityTypes.push(m.local);
			else errors.add(a.line, 'UNKNOWN_CLASS', 'error.triples.unknownClass', { type: a.term.value, classes: CLASSES });
		}
		const parsed = parseWith(tagTypeInput, {
			name: name?.value ?? '',
			nameFr: nameFr?.value ?? '',
			entityTypes,
			color: tag.colors[0]?.term.value ?? ''
		});
		if (!parsed.ok) {
			for (const [path, reason] of Object.entries(parsed.fieldErrors)) {
				const field = path === 'color' ? 'crm:color' : 'rdfs:label';
				const line = (path === 'color' ? tag.colors[0]?.line : tag.labels[0]?.line) ?? tag.line;
				errors.add(line, 'INVALID_VALUE', 'error.triples.field', { field, reason });
			}
		}
		if (errors.errors.length === before && parsed.ok) out.push({ id: tag.id, ...parsed.data });
	}
	return out;
}

/** Everything that needs the database to decide, then the writes. Throws Rollback unless committing. */
async function run(tx: Tx, quads: LinedQuad[], actor: Actor, settings: Settings, dryRun: boolean): Promise<ImportReport> {
	const report = emptyImportReport(dryRun);
	const errors = new Collector();
	const stop = () => {
		report.errors = errors.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		return new Rollback(report);
	};
	const vocabulary = await loadVocabulary(tx);
	const relationTypes = new Map(vocabulary.relationTypes.map((t) => [t.key, t]));
	const tagTypes = new Map(vocabulary.tagTypes.map((t) => [t.id, t]));
	const { nodes, tagNodes, relations } = classify(quads, relationTypes, errors);

	// Which nodes name stored entities: by the id in their IRI.
	const idOfNode = new Map<string, string>();
	for (const node of nodes.values()) {
		const m = node.term.termType === 'NamedNode' ? meaningOf(node.term.value) : null;
		if (m?.kind === 'entity') idOfNode.set(node.key, UUID.test(m.id) ? m.id.toLowerCase() : m.id);
	}
	const storedRows = await tx.query<{ entity: Stored }>('triples/entities-by-id', { ids: [...new Set(idOfNode.values())] });
	const stored = new Map(storedRows.map((r) => [r.entity.id, r.entity]));

	const newTagTypes = plannedTagTypes(tagNodes, tagTypes, actor, errors);
	const knownTags = new Set([...tagTypes.keys(), ...newTagTypes.map((t) => t.id)]);

	const plans: EntityPlan[] = [];
	const idOf = new Map<string, string>();
	for (const node of nodes.values()) {
		const iriId = idOfNode.get(node.key);
		const existing = iriId !== undefined ? stored.get(iriId) : undefined;
		const given = node.types.map((t) => {
			const m = t.term.termType === 'NamedNode' ? meaningOf(t.term.value) : null;
			if (m?.kind === 'crm' && isEntityType(m.local)) return m.local;
			errors.add(t.line, 'UNKNOWN_CLASS', 'error.triples.unknownClass', { type: t.term.value, classes: CLASSES });
			return null;
		});
		const types = [...new Set(given.filter((t): t is EntityType => t !== null))];
		if (types.length > 1) errors.add(node.types[1]!.line, 'TWO_TYPES', 'error.triples.twoTypes', { entity: node.label });
		if (existing) {
			idOf.set(node.key, existing.id);
			if (!node.described) continue;
			if (existing.deletedAt) errors.add(node.line, 'ENTITY_TRASHED', 'error.triples.trashed', { entity: node.label });
			else if (types.length === 1 && types[0] !== existing.type) {
				errors.add(node.types[0]!.line, 'TYPE_MISMATCH', 'error.triples.typeMismatch', { entity: node.label, storedType: existing.type, givenType: types[0]! });
			} else plans.push({ node, id: existing.id, type: existing.type, existing });
			continue;
		}
		if (!node.described) {
			errors.add(node.line, 'UNKNOWN_ENTITY', 'error.triples.unknownEntity', { entity: node.label });
			continue;
		}
		if (types.length === 0 && given.length === 0) {
			errors.add(node.line, 'ENTITY_WITHOUT_TYPE', 'error.triples.entityWithoutType', { entity: node.label, classes: CLASSES });
			continue;
		}
		if (types.length !== 1) continue;
		// A uuid in the IRI is kept, so that relations between imported entities, and later imports, find them.
		const id = iriId !== undefined && UUID.test(iriId) ? iriId : randomUUID();
		idOf.set(node.key, id);
		plans.push({ node, id, type: types[0]!, existing: null });
	}

	const creates: { id: string; type: EntityType; props: Record<string, unknown> }[] = [];
	const updates: { id: string; props: Record<string, unknown>; fields: string }[] = [];
	for (const plan of plans) {
		const props = propsFor(plan, actor, settings, errors);
		if (!props) continue;
		if (!plan.existing) creates.push({ id: plan.id, type: plan.type, props });
		else {
			const before: Record<string, unknown> = {};
			for (const key of Object.keys(props)) before[key] = isListProperty(key) ? lists(plan.existing, key) : scalar(plan.existing, key);
			const fields = diff(before, props, DERIVED);
			if (fields.length === 0) report.entities.unchanged++;
			else updates.push({ id: plan.id, props, fields: JSON.stringify(fields) });
		}
	}

	const tagPairs = new Map<string, { entityId: string; tagId: string; line: number }>();
	for (const node of nodes.values()) {
		const entityId = idOf.get(node.key);
		for (const tag of node.tags) {
			const tagId = (meaningOf(tag.term.value) as { id: string }).id;
			if (!knownTags.has(tagId)) errors.add(tag.line, 'UNKNOWN_TAG', 'error.triples.unknownTag', { tag: tagId });
			else if (entityId && !tagPairs.has(`${entityId} ${tagId}`)) tagPairs.set(`${entityId} ${tagId}`, { entityId, tagId, line: tag.line });
		}
	}
	if (errors.errors.length > 0) throw stop();

	// The writes. What they refuse (tags that do not fit, relations the types forbid) is collected too.
	// Few per document: each through the query that creates one from the admin page, keeping its id.
	for (const tag of newTagTypes) await tx.query('tags/create', tag);
	report.tagTypes.created = newTagTypes.length;
	await storeNewEntities(tx, creates, actor);
	report.entities.created = creates.length;
	if (updates.length > 0) await tx.query('triples/update-entities', { rows: updates, actorId: actor.id });
	report.entities.updated = updates.length;

	const pairs = [...tagPairs.values()];
	const already = new Set(
		(await tx.query<{ entityId: string; tagId: string }>('triples/tagged-pairs', { pairs: pairs.map(({ entityId, tagId }) => ({ entityId, tagId })) })).map(
			(r) => `${r.entityId} ${r.tagId}`
		)
	);
	for (const pair of pairs) {
		if (already.has(`${pair.entityId} ${pair.tagId}`)) {
			report.tags.unchanged++;
			continue;
		}
		const [row] = await tx.query<{ problem: string | null; tag: string; type: string; allowed: string[] }>('tags/tag', {
			entityId: pair.entityId,
			tagId: pair.tagId,
			actorId: actor.id,
			allowInternal: false
		});
		if (!row) errors.add(pair.line, 'UNKNOWN_TAG', 'error.triples.unknownTag', { tag: pair.tagId });
		else if (row.problem) {
			errors.add(pair.line, row.problem, `error.triples.tag.${row.problem}`, { tag: row.tag, type: row.type, allowed: row.allowed.join(', ') });
		} else report.tags.created++;
	}

	await relateAll(tx, relations, idOf, relationTypes, actor, report, errors, dryRun);
	if (errors.errors.length > 0 || dryRun) throw stop();
	return report;
}

/**
 * Relations through `relateInTx`, so the types' constraints apply and the history records them.
 * One already stored (or stated twice, or in both readings) is skipped and counted, not refused.
 * A refused statement is reported with its line; a side type's batch is written only while nothing
 * has been refused (and never in a dry run), and the import's transaction is rolled back on any error.
 */
async function relateAll(
	tx: Tx,
	statements: RelationStatement[],
	idOf: Map<string, string>,
	relationTypes: Map<string, RelationTypeRow>,
	actor: Actor,
	report: ImportReport,
	errors: Collector,
	dryRun: boolean
): Promise<void> {
	const seen = new Set<string>();
	const candidates: (RelationStatement & { subjectId: string; objectId: string; start: string; end: string; nativeType: string; symmetric: boolean; n: number })[] = [];
	for (const st of statements) {
		const side = relationTypes.get(st.sideKey)!;
		const subjectId = idOf.get(st.subject)!;
		const objectId = idOf.get(st.object)!;
		const [start, end] = side.canonical ? [subjectId, objectId] : [objectId, subjectId];
		const nativeType = side.canonical ? side.key : side.partnerKey;
		const identity = side.symmetric ? `${nativeType} ${[start, end].sort().join(' ')}` : `${nativeType} ${start} ${end}`;
		if (seen.has(identity)) {
			report.relations.skipped++;
			continue;
		}
		seen.add(identity);
		candidates.push({ ...st, subjectId, objectId, start, end, nativeType, symmetric: side.symmetric, n: candidates.length });
	}
	const existing = new Set(
		(
			await tx.query<{ n: number }>('triples/existing-relations', {
				items: candidates.map(({ n, start, end, nativeType, symmetric }) => ({ n, start, end, nativeType, symmetric }))
			})
		).map((r) => r.n)
	);
	report.relations.skipped += existing.size;
	const bySide = new Map<string, typeof candidates>();
	for (const c of candidates) {
		if (existing.has(c.n)) continue;
		bySide.set(c.sideKey, [...(bySide.get(c.sideKey) ?? []), c]);
	}
	let created = 0;
	for (const [sideKey, items] of bySide) {
		const pairs = items.map(({ subjectId, objectId }) => ({ subjectId, objectId }));
		const refused = await relateInTx(tx, sideKey, pairs, actor, !dryRun && errors.errors.length === 0);
		for (const row of refused) {
			errors.add(items[row.index]?.line ?? null, row.problem, `error.triples.relation.${row.problem}`, refusalParams(row));
		}
		created += items.length;
	}
	if (errors.errors.length === 0) report.relations.created += created;
}

/** Parses, checks and (unless a dry run, and only if everything is accepted) writes, in one transaction. */
export async function importTriples(text: string, format: ImportFormat, actor: Actor, options: ImportOptions): Promise<ImportReport> {
	const parsed = await parseTriples(text, format, `${options.base}/`);
	if (parsed.errors.length > 0) return { ...emptyImportReport(options.dryRun), errors: parsed.errors };
	const settings = await getSettings();
	try {
		return await writeTx((tx) => run(tx, parsed.quads, actor, settings, options.dryRun));
	} catch (e) {
		if (e instanceof Rollback) return e.report;
		throw e;
	}
}

/** The report with its messages in the reader's language (parameters that are message keys or entity types too). */
export function localiseReport(report: ImportReport, locale: Locale): ImportReport {
	return {
		...report,
		errors: report.errors.map((issue) => {
			const params = localiseParams(
				locale,
				Object.fromEntries(
					Object.entries(issue.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('error.') ? translate(locale, v) : v])
				)
			);
			return { line: issue.line, code: issue.code, message: translate(locale, issue.message, params) };
		})
	};
}
