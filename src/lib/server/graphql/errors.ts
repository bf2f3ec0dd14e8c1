import { GraphQLError } from '$lib/server/graphql/graphql-js';
import { isDomainError, type DomainError } from '$lib/domain/errors';
import { localiseParams, translate } from '$lib/i18n';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Actor } from '$lib/server/entities/actor';

/**
 * A refusal of ours as a GraphQL error: the English sentence, and in `extensions` the stable
 * `code`, the HTTP status the web routes would answer, and the field errors as sentences.
 */
function domainToGraphQL(e: DomainError): GraphQLError {
	const params = localiseParams('en', e.params);
	const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([field, key]) => [field, translate('en', key, params)]));
	return new GraphQLError(translate('en', e.message, params), {
		extensions: { code: e.code, status: e.status, ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}) }
	});
}

/** Runs a resolver's work; a DomainError becomes its GraphQL error, anything else is masked later. */
export async function domainErrors<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		throw isDomainError(e) ? domainToGraphQL(e) : e;
	}
}

/** The resolver's principal (whose access each resolver checks like the web interface). */
export function requireSignedIn(user: SessionUser | null): SessionUser & Actor {
	if (!user) throw new GraphQLError(translate('en', 'graphql.unauthenticated'), { extensions: { code: 'UNAUTHENTICATED', status: 401 } });
	return user;
}

/** The error a resolver threw, under the GraphQL errors that wrap it with a path. */
function rootCause(error: unknown): unknown {
	let cause = error;
	while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
	return cause;
}

const NEO4J_GRAPHQL_FORBIDDEN = 'Neo4jGraphQLForbiddenError';
const NEO4J_GRAPHQL_UNAUTHENTICATED = 'Neo4jGraphQLAuthenticationError';

/**
 * Yoga's `maskError`: our own GraphQL errors (refusals, limits, validation) pass as they are; the
 * library's authorization refusals get a sentence and a code; everything else (a driver error
 * with its Cypher, a bug with its stack) is logged here and answered with a plain sentence.
 */
export function maskError(error: unknown, message: string): Error {
	const original = rootCause(error);
	const located = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path, positions: error.positions, source: error.source } : {};
	if (isDomainError(original)) {
		const converted = domainToGraphQL(original);
		return new GraphQLError(converted.message, { ...located, extensions: converted.extensions });
	}
	const name = (original as { name?: string } | null)?.name;
	if (name === NEO4J_GRAPHQL_FORBIDDEN) {
		return new GraphQLError(translate('en', 'graphql.forbidden'), { ...located, extensions: { code: 'FORBIDDEN', status: 403 } });
	}
	if (name === NEO4J_GRAPHQL_UNAUTHENTICATED) {
		return new GraphQLError(translate('en', 'graphql.unauthenticated'), { ...located, extensions: { code: 'UNAUTHENTICATED', status: 401 } });
	}
	if (original instanceof GraphQLError) return error as GraphQLError;
	console.error('GraphQL resolver failed:', original);
	return new GraphQLError(message, { ...located, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
