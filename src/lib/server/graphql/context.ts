import type { Scope } from '$lib/domain/access';
import { ENTITY_TYPES } from '$lib/domain/entities';
import { STAFF_ROLES, type Role } from '$lib/domain/roles';
import { visibleTo } from '$lib/server/access/guard';
import type { Visibility } from '$lib/server/access/visibility';
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
	/** The access matrix's view scopes: kinds seen whole, only their own records, only their organisation's. */
	viewAll: string[];
	viewOwn: string[];
	viewOrganisation: string[];
	organisationId: string | null;
	/** The same as the `$scope` of the product's queries (null: everything), for the API's own Cypher. */
	scope: Visibility;
	[claim: string]: unknown;
}

/** The context of every resolver: ours, plus what @neo4j/graphql reads (`jwt`, `executionContext`). */
export interface GraphQLContext extends GraphQLServerContext {
	jwt: ApiJwt;
	executionContext: AutoCommitReader;
}

export function jwtFor(user: SessionUser): ApiJwt {
	const kinds = (scope: Scope) => ENTITY_TYPES.filter((type) => user.access[type].view === scope);
	return {
		sub: user.id,
		roles: user.role === 'client' ? ['client'] : STAFF_ROLES.slice(0, STAFF_ROLES.indexOf(user.role) + 1),
		viewAll: kinds('all'),
		viewOwn: kinds('own'),
		viewOrganisation: kinds('organisation'),
		organisationId: user.organisationId,
		scope: visibleTo(user)
	};
}
