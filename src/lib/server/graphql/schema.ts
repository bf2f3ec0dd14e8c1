import { randomBytes } from 'node:crypto';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from '$lib/server/graphql/graphql-js';
import { cypher } from '$lib/server/db/queries';
import { resolvers } from '$lib/server/graphql/resolvers';
import { withScopeParameter } from '$lib/server/access/visibility';
import { generateTypeDefs } from './type-defs';

/**
 * The type definitions (generated from the entity kinds, see type-defs.ts) with every
 * `@cypher(statement: "file:<area>/<name>")` replaced by the text of cypher/<area>/<name>.cypher, so
 * the API's Cypher lives with the rest of the product's.
 */
export function loadTypeDefs(typeDefs = generateTypeDefs()): string {
	return typeDefs.replace(/statement:\s*"file:([\w/-]+)"/g, (_, name: string) => `statement: ${JSON.stringify(withScopeParameter(cypher(name), '$jwt.scope'))}`);
}

/**
 * The executable schema. Requests hand @neo4j/graphql the driver and the verified user in their
 * context (`executionContext`, `jwt`), so the library decodes no token itself: its key is random,
 * set only because the library expects one when `@authorization` is used.
 */
export async function buildSchema(typeDefs: string): Promise<GraphQLSchema> {
	const neo4jGraphQL = new Neo4jGraphQL({
		typeDefs,
		resolvers,
		features: {
			authorization: { key: randomBytes(32).toString('hex') },
			excludeDeprecatedFields: {
				mutationOperations: true,
				aggregationFilters: true,
				aggregationFiltersOutsideConnection: true,
				relationshipFilters: true,
				attributeFilters: true
			}
		}
	});
	return neo4jGraphQL.getSchema();
}
