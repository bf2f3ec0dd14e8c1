import neo4j, { isRetriableError, type Driver, type QueryResult } from 'neo4j-driver';

/**
 * What @neo4j/graphql runs its Cypher through (`executionContext`): one auto-commit read per query.
 *
 * Handed the driver, the library opens a session and an explicit read transaction per query: BEGIN,
 * RUN + PULL and COMMIT, three round trips to the database (the BEGIN is answered before the query
 * goes out, because the session's database is the home one). Handed an object that only has `run`,
 * it calls `run(cypher, params)` and nothing else: here that is an auto-commit query, RUN + PULL in
 * one write and one answer. On a loaded two-core machine that halves the database's and the
 * driver's work for a GraphQL read (measured with bench/graphql.ts).
 *
 * Safe because everything the library executes in this schema is a read: its generated mutations
 * are all switched off (`@mutation(operations: [])` on every type), and our mutations are custom
 * resolvers that write through db/driver.ts. The session is opened in READ mode, so in a cluster a
 * write that slipped in would be refused, not silently routed. A read that fails with a transient
 * error (a cluster's leader change, a lost connection) is tried again, as executeRead would.
 */
export interface AutoCommitReader {
	run(cypher: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

const ATTEMPTS = 3;

export function autoCommitReader(driver: Driver, database: string | undefined): AutoCommitReader {
	return {
		async run(cypher, parameters) {
			for (let attempt = 1; ; attempt++) {
				const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
				try {
					return await session.run(cypher, parameters, { metadata: { app: 'graph-crm', type: 'graphql-read' } });
				} catch (e) {
					if (attempt >= ATTEMPTS || !isRetriableError(e)) throw e;
				} finally {
					await session.close();
				}
			}
		}
	};
}
