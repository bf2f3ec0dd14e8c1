import type { QueryResult } from 'neo4j-driver';
import { readAutoCommit } from '$lib/server/db/driver';

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
 * are all switched off (`extend schema @mutation(operations: [])`), and our mutations are custom
 * resolvers that write through db/driver.ts. The session is opened in READ mode, so in a cluster a
 * write that slipped in would be refused, not silently routed.
 */
export interface AutoCommitReader {
	run(cypher: string, parameters?: Record<string, unknown>): Promise<QueryResult>;
}

/** The library's parameters are already driver values (its integers are Neo4j integers): passed as they are. */
export const autoCommitReader: AutoCommitReader = { run: (cypher, parameters) => readAutoCommit(cypher, parameters) };
