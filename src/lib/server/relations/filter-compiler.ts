import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { FilterNode, RelationTarget } from '$lib/domain/filters';
import { SYSTEM_FILTER_FIELDS, type FieldSpec, type FilterOperator } from '$lib/kinds/fields';
import { KINDS, kindOf } from '$lib/kinds/registry';
import { sortKey } from '$lib/server/entities/search-text';

type FieldNode = Extract<FilterNode, { kind: 'field' }>;

/**
 * The declaration of a filtered field: of the filtered kind, or (a nested filter over any kind) of
 * the first kind that has it. Refused when no kind lets it be filtered with that operator.
 */
function filterableField(type: EntityType | null, node: FieldNode): { spec: FieldSpec | null; op: FilterOperator } {
	if ((SYSTEM_FILTER_FIELDS as readonly string[]).includes(node.field)) return { spec: null, op: 'eq' };
	const kinds = type ? [kindOf(type)] : KINDS;
	const spec = kinds.map((k) => k.fields[node.field]).find((f) => f && f.filter.length > 0);
	const op = node.op ?? spec?.filter[0];
	if (!spec || !op || !spec.filter.includes(op)) {
		throw new DomainError('UNKNOWN_FILTER_FIELD', 'error.filter.unknownField', 422, { field: node.field, type: type ?? '' });
	}
	return { spec, op };
}

const COMPARE: Record<FilterOperator, string> = { eq: '=', lt: '<', gt: '>', contains: 'CONTAINS' };

/** What the compiler needs to know about a relation side: how it is stored. */
export interface SideInfo {
	nativeType: string;
	/** The filtered entity is the start node of the stored relationship. */
	outgoing: boolean;
	symmetric: boolean;
}

export interface CompiledFilter {
	/** Cypher that binds `n` to candidate entities (maybe more than once): the full-text index, a generator, or null for the whole label. */
	source: string | null;
	/** What a candidate must also satisfy (besides its label and not being in the trash). */
	condition: string;
	params: Record<string, unknown>;
}

/**
 * Compiles a filter AST to parameterised Cypher. The text is generated from the validated AST
 * only; every value (ids, keys, field values) travels as a parameter, and relationship types use
 * Neo4j 5.26 dynamic types `$(…)`.
 *
 * Speed comes from the generator: instead of testing every node of the label, the query starts
 * from the most selective condition of an AND (a given entity, our own company, a tag, an indexed
 * field, or recursively the entities matched by a nested filter) and expands from there; the full
 * condition is then checked on those candidates only.
 */
export function compileFilter(
	entityType: EntityType,
	filter: FilterNode,
	sides: Map<string, SideInfo>,
	start: { fulltext: string } | 'generator' | 'label'
): CompiledFilter {
	const params: Record<string, unknown> = {};
	let counter = 0;
	const param = (value: unknown) => {
		const name = `p${counter++}`;
		params[name] = value;
		return `$${name}`;
	};
	let variables = 0;
	const fresh = () => `m${variables++}`;

	const side = (key: string): SideInfo => {
		const info = sides.get(key);
		if (!info) throw new Error(`Unknown relation side ${key}`);
		return info;
	};

	/** The relationship pattern from `from` to `to` for a side read from `from`. */
	const hop = (from: string, key: string, to: string) => {
		const info = side(key);
		const type = `:$(${param(info.nativeType)})`;
		if (info.symmetric) return `(${from})-[${type}]-(${to})`;
		return info.outgoing ? `(${from})-[${type}]->(${to})` : `(${from})<-[${type}]-(${to})`;
	};

	const labelOf = (type: EntityType | null) => (type ? `:${type}` : ':Entity');

	/** A field condition on `v`; field names come from the registry (checked here), values are parameters. */
	function fieldPredicate(node: FieldNode, v: string, type: EntityType | null): string {
		const { spec, op } = filterableField(type, node);
		const property = `${v}.${node.field}`;
		if (!spec) return `${property} = ${param(node.value)}`;
		if (node.field === 'name') return `${v}.sortName CONTAINS ${param(sortKey(node.value))}`;
		switch (spec.kind) {
			case 'boolean':
				return `coalesce(${property}, false) = ${param(node.value === 'true')}`;
			case 'country':
				return `${property} = ${param(node.value.toUpperCase())}`;
			case 'money':
			case 'integer':
			case 'decimal': {
				const n = Number(node.value.replace(',', '.'));
				if (!Number.isFinite(n)) throw new DomainError('INVALID_FILTER_VALUE', 'error.filter.number', 422, { field: node.field });
				return `${property} ${COMPARE[op]} ${param(n)}`;
			}
			case 'text':
			case 'longText':
				return `toLower(${property}) ${COMPARE[op]} ${param(node.value.toLowerCase())}`;
			default:
				return `${property} ${COMPARE[op]} ${param(node.value)}`;
		}
	}

	function predicate(node: FilterNode, v: string, type: EntityType | null = entityType): string {
		switch (node.kind) {
			case 'group': {
				if (node.items.length === 0) return 'true';
				const joined = node.items.map((item) => `(${predicate(item, v, type)})`).join(node.op === 'and' ? ' AND ' : ' OR ');
				return joined;
			}
			case 'field':
				return fieldPredicate(node, v, type);
			case 'tag': {
				const exists = `EXISTS { (${v})-[:TAGGED]->(:TagType {id: ${param(node.tagId)}}) }`;
				return node.negate ? `NOT ${exists}` : exists;
			}
			case 'relation': {
				const m = fresh();
				const exists = `EXISTS { MATCH ${hop(v, node.type, `${m}${targetLabel(node.target)}`)} WHERE ${targetCondition(node.target, m)} }`;
				return node.negate ? `NOT ${exists}` : exists;
			}
		}
	}

	function targetLabel(target: RelationTarget): string {
		return target.kind === 'filter' ? labelOf(target.entityType) : ':Entity';
	}

	// Related entities count only where the principal sees them (the marker is filled from $scope).
	function targetCondition(target: RelationTarget, m: string): string {
		if (target.kind === 'entity') return `${m}.id = ${param(target.id)} /*AND VISIBLE(${m})*/`;
		if (target.kind === 'any') return `${m}.deletedAt IS NULL /*AND VISIBLE(${m})*/`;
		return `${m}.deletedAt IS NULL AND ${predicate(target.filter, m, target.entityType)} /*AND VISIBLE(${m})*/`;
	}

	interface Generated {
		/** Cypher binding `v` to each entity matching `covers`, maybe more than once. */
		text: string;
		/** The part of the filter these rows satisfy exactly, so it need not be checked again. */
		covers: FilterNode;
	}

	/**
	 * Cypher that binds `v` to the entities matching some part of `node`, cheaply; null when nothing
	 * better than scanning the label is known.
	 */
	function generator(node: FilterNode, v: string, type: EntityType | null): Generated | null {
		const label = labelOf(type);
		switch (node.kind) {
			case 'field': {
				// An indexed field compared for equality: start from its index.
				if (!type || node.op === 'lt' || node.op === 'gt') return null;
				const { spec, op } = filterableField(type, node);
				if (!spec?.indexed || op !== 'eq') return null;
				const value = spec.kind === 'boolean' ? node.value === 'true' : node.value;
				if (value === false) return null;
				return { text: `MATCH (${v}:${type} {${node.field}: ${param(value)}})`, covers: node };
			}
			case 'tag':
				return node.negate ? null : { text: `MATCH (${v}${label})-[:TAGGED]->(:TagType {id: ${param(node.tagId)}})`, covers: node };
			case 'relation': {
				if (node.negate) return null;
				const t = node.target;
				if (t.kind === 'entity') {
					const m = fresh();
					return { text: `MATCH (${m}:Entity {id: ${param(t.id)}}) WHERE true /*AND VISIBLE(${m})*/ MATCH ${hop(v, node.type, m)} WHERE ${v}${label}`, covers: node };
				}
				if (t.kind === 'filter') {
					const m = fresh();
					const inner = generator(t.filter, m, t.entityType);
					if (!inner) return null;
					const rest = predicateBesides(t.filter, inner.covers, m, t.entityType);
					return {
						text: [
							`CALL () { ${inner.text} WITH DISTINCT ${m} WHERE ${m}${labelOf(t.entityType)} AND ${m}.deletedAt IS NULL AND ${rest} /*AND VISIBLE(${m})*/ RETURN ${m} }`,
							`MATCH ${hop(v, node.type, m)} WHERE ${v}${label}`
						].join(' '),
						covers: node
					};
				}
				return null;
			}
			case 'group': {
				if (node.op === 'and') {
					// One selective condition is enough to start from; the others are checked afterwards.
					for (const item of node.items) {
						const g = generator(item, v, type);
						if (g) return g;
					}
					return null;
				}
				const branches = node.items.map((item) => generator(item, v, type));
				if (branches.length === 0 || branches.some((b) => b === null)) return null;
				// Each branch is exact for its item, so their union is exact for the whole OR.
				return { text: `CALL () { ${branches.map((b) => `${b!.text} RETURN ${v}`).join(' UNION ')} }`, covers: node };
			}
		}
	}

	/** The condition of `node` once `covered` is known to hold (a whole node, or one item of an AND). */
	function predicateBesides(node: FilterNode, covered: FilterNode, v: string, type: EntityType | null = entityType): string {
		if (node === covered) return 'true';
		if (node.kind === 'group' && node.op === 'and' && node.items.includes(covered)) {
			const rest = node.items.filter((item) => item !== covered);
			return rest.length ? rest.map((item) => `(${predicate(item, v, type)})`).join(' AND ') : 'true';
		}
		return predicate(node, v, type);
	}

	if (typeof start === 'object') {
		const source = `CALL db.index.fulltext.queryNodes('entity_search', ${param(start.fulltext)}) YIELD node AS n`;
		return { source, condition: predicate(filter, 'n'), params };
	}
	const generated = start === 'generator' ? generator(filter, 'n', entityType) : null;
	if (!generated) return { source: null, condition: predicate(filter, 'n'), params };
	return { source: generated.text, condition: predicateBesides(filter, generated.covers, 'n'), params };
}

/**
 * Fills a `cypher/filters/*` template: `/*SOURCE*\/` (a subquery yielding candidates, or the whole
 * label), `/*LABEL*\/`, `/*CONDITION*\/` and `/*DIR*\/`. Only compiler output and enum values go in.
 */
export function fillTemplate(template: string, entityType: EntityType, compiled: CompiledFilter, dir: 'asc' | 'desc' = 'asc'): string {
	return template
		.replaceAll('/*SOURCE*/', compiled.source ?? `MATCH (n:${entityType})`)
		.replaceAll('/*LABEL*/', entityType)
		.replaceAll('/*CONDITION*/', compiled.condition)
		.replaceAll('/*DIR*/', dir === 'desc' ? 'DESC' : 'ASC');
}
