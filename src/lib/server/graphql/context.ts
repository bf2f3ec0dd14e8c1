import { ROLES, type Role } from '$lib/domain/roles';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { AutoCommitReader } from '$lib/server/graphql/executor';

/** What the route hands the GraphQL handler: the user the hooks signed in (cookie or Bearer token). */
export interface GraphQLServerContext {
	user: SessionUser | null;
	/** The request's URL, for the IRIs of `triples`. */
	url: URL;
}

/** The claims @neo4j/graphql's `@authentication` and `@authorization` rules read (type JWT in schema.graphql). */
export interface ApiJwt {
	sub: string;
	/** The user's role and every role below it: a rule `roles: { includes: "agent" }` reads "agent or above". */
	roles: Role[];
	[claim: string]: unknown;
}

/** The context of every resolver: ours, plus what @neo4j/graphql reads (`jwt`, `executionContext`). */
export interface GraphQLContext extends GraphQLServerContext {
	jwt: ApiJwt;
	executionContext: AutoCommitReader;
}

export function jwtFor(user: SessionUser): ApiJwt {
	return { sub: user.id, roles: ROLES.slice(0, ROLES.indexOf(user.role) + 1) };
}
