import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
	GraphQLError,
	getNamedType,
	getNullableType,
	isListType,
	isObjectType,
	parse,
	type ASTVisitor,
	type DocumentNode,
	type GraphQLNamedType,
	type GraphQLSchema,
	type ValidationContext
} from '$lib/server/graphql/graphql-js';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { KINDS } from '$lib/kinds/registry';
import type { GraphQLServerContext } from '$lib/server/graphql/context';

/** Fields nested deeper than this are refused (a connection hop costs three levels: xConnection, edges, node). */
export const MAX_DEPTH = 8;
/** Roughly the number of objects a query may ask for: each list counts as its limit times what it selects. */
export const MAX_COMPLEXITY = 10_000;
/** The lists that may be long: a query must say how many it wants (at most their @limit max). */
const LIMIT_REQUIRED = ['entities', ...KINDS.map((k) => k.slug)].flatMap((list) => [list, `${list}Connection`]);
/** Bounds of the arguments our own fields take, by `Type.field` (the generated ones are capped by @limit). */
const FIELD_LIMITS: Record<string, { arg: string; max: number }> = {
	...Object.fromEntries(['Entity', ...KINDS.map((k) => k.type)].map((type) => [`${type}.relations`, { arg: 'limit', max: 200 }])),
	'Query.triples': { arg: 'size', max: 1000 },
	'Query.paths': { arg: 'limit', max: 5 }
};

export interface LimitDefaults {
	default: number;
	max: number;
}

/** The `@limit(default, max)` of every type that has one, read from the type definitions. */
export function limitsOf(typeDefs: string): Map<string, LimitDefaults> {
	const limits = new Map<string, LimitDefaults>();
	for (const definition of parse(typeDefs).definitions) {
		if (definition.kind !== 'ObjectTypeDefinition' && definition.kind !== 'InterfaceTypeDefinition') continue;
		const directive = definition.directives?.find((d) => d.name.value === 'limit');
		if (!directive) continue;
		const arg = (name: string) => {
			const value = directive.arguments?.find((a) => a.name.value === name)?.value;
			return value?.kind === 'IntValue' ? Number(value.value) : undefined;
		};
		const max = arg('max') ?? Number.MAX_SAFE_INTEGER;
		limits.set(definition.name.value, { default: arg('default') ?? max, max });
	}
	return limits;
}

const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
	new GraphQLError(message, { extensions: { code, ...extensions } });

/** The node type behind a Relay connection type (`OrganisationsConnection` → `Organisation`), if it is one. */
function connectionNode(type: GraphQLNamedType): GraphQLNamedType | null {
	if (!isObjectType(type) || !type.name.endsWith('Connection')) return null;
	const edges = type.getFields().edges;
	if (!edges) return null;
	const edge = getNamedType(edges.type);
	const node = isObjectType(edge) ? edge.getFields().node : undefined;
	return node ? getNamedType(node.type) : null;
}

/**
 * Each list costs (its effective limit) × (what each item selects) + 1: the limit asked for, else
 * the type's @limit default, never more than its max (which @neo4j/graphql also applies).
 * Arguments of our own fields outside their bounds are refused here, before anything runs.
 */
function limitEstimator(limits: Map<string, LimitDefaults>): ComplexityEstimator {
	return ({ type, field, args, childComplexity }) => {
		const own = FIELD_LIMITS[`${type.name}.${field.name}`];
		if (own) {
			const value = args[own.arg] as number | undefined;
			if (value !== undefined && (value < 1 || value > own.max)) {
				throw refuse(`${field.name}: ${own.arg} is a whole number from 1 to ${own.max}.`, 'LIMIT_OUT_OF_RANGE', { field: field.name, max: own.max });
			}
			return 1 + childComplexity * (value ?? own.max);
		}
		const named = getNamedType(field.type);
		const nodeType = isListType(getNullableType(field.type)) ? named : connectionNode(named);
		if (!nodeType) return undefined;
		const bounds = limits.get(nodeType.name);
		if (!bounds) return isListType(getNullableType(field.type)) ? 1 + childComplexity : undefined;
		const asked = (args.limit ?? args.first) as number | undefined;
		if (asked !== undefined && asked < 0) throw refuse(`${field.name}: the limit cannot be negative.`, 'LIMIT_OUT_OF_RANGE');
		return 1 + childComplexity * Math.min(asked ?? bounds.default, bounds.max);
	};
}

/** Large top-level lists need an explicit `limit` (or `first` for connections). */
function requiredLimitsRule(context: ValidationContext): ASTVisitor {
	return {
		Field(node) {
			if (context.getParentType()?.name !== 'Query' || !LIMIT_REQUIRED.includes(node.name.value)) return;
			const arg = node.name.value.endsWith('Connection') ? 'first' : 'limit';
			if (node.arguments?.some((a) => a.name.value === arg)) return;
			context.reportError(
				new GraphQLError(`${node.name.value} needs ${arg}: for example ${node.name.value}(${arg}: 25). Page with offset (or after) past that.`, {
					nodes: node,
					extensions: { code: 'LIMIT_REQUIRED' }
				})
			);
		}
	};
}

/** Introspection for administrators only; everyone else has schema.graphql and the README. */
function adminOnlyIntrospectionRule(context: ValidationContext): ASTVisitor {
	return {
		Field(node) {
			if (node.name.value !== '__schema' && node.name.value !== '__type') return;
			context.reportError(
				new GraphQLError('Introspection is for administrators only: the schema is in schema.graphql, described in the README.', {
					nodes: node,
					extensions: { code: 'INTROSPECTION_FORBIDDEN', status: 403 }
				})
			);
		}
	};
}

function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, limits: Map<string, LimitDefaults>): number {
	return getComplexity({
		schema,
		query: document,
		variables,
		operationName,
		estimators: [limitEstimator(limits), simpleEstimator({ defaultComplexity: 1 })]
	});
}

/** Depth, complexity, required limits and admin-only introspection, as one yoga plugin. */
export function limitsPlugin(limits: Map<string, LimitDefaults>): Plugin<GraphQLServerContext> {
	const depthRule = maxDepthRule({
		n: MAX_DEPTH,
		ignoreIntrospection: true,
		flattenFragments: true,
		exposeLimits: true,
		propagateOnRejection: false,
		onReject: [
			(context, error) =>
				context?.reportError(
					new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for less nesting, or query the nested entities by id.`, {
						extensions: { code: 'QUERY_TOO_DEEP', maxDepth: MAX_DEPTH }
					})
				)
		]
	});
	return {
		onValidate({ addValidationRule, context }) {
			addValidationRule(depthRule);
			addValidationRule(requiredLimitsRule);
			if (context.user?.role !== 'admin') addValidationRule(adminOnlyIntrospectionRule);
		},
		onExecute({ args, setResultAndStopExecution }) {
			let complexity: number;
			try {
				complexity = queryComplexity(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName ?? undefined, limits);
			} catch (e) {
				if (!(e instanceof GraphQLError)) throw e;
				setResultAndStopExecution({ errors: [e] });
				return;
			}
			if (complexity > MAX_COMPLEXITY) {
				setResultAndStopExecution({
					errors: [
						refuse(
							`Query too complex: it could return about ${complexity} objects, more than ${MAX_COMPLEXITY}. Ask for smaller pages (limit/first) or fewer nested lists.`,
							'QUERY_TOO_COMPLEX',
							{ complexity, maxComplexity: MAX_COMPLEXITY }
						)
					]
				});
			}
		}
	};
}
