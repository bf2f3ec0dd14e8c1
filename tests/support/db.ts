import { afterAll, beforeAll, inject } from 'vitest';
import { connect, disconnect, readTx, writeTx } from '../../src/lib/server/db/driver';

/** Connects this test file to the run's Neo4j; disconnects after. */
export function useDatabase(): void {
	beforeAll(async () => {
		await connect(inject('neo4j'));
	});
	afterAll(async () => {
		await disconnect();
	});
}

/** Literal Cypher for assertions about what is stored (tests look at the database directly). */
export function query<T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
	return readTx((tx) => tx.run<T>(text, params));
}

export function execute(text: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
	return writeTx((tx) => tx.run(text, params));
}

/** A suffix that keeps this run's names apart from other test files sharing the database. */
export const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
