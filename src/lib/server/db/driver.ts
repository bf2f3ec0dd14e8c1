import net from 'node:net';
import tls from 'node:tls';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, isDateTime, isDate, isLocalDateTime } from 'neo4j-driver';
import { withVisibility } from '$lib/server/access/visibility';
import { cypher } from '$lib/server/db/queries';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Connection {
	uri: string;
	user: string;
	password: string;
	database?: string;
}

/**
 * neo4j-driver leaves Nagle's algorithm on and writes a query's RUN and PULL messages separately, so
 * the second one waits for the server's delayed acknowledgement: about 40 ms added to every query,
 * even on loopback. The driver offers no option, so every socket it opens gets `setNoDelay(true)`.
 */
function disableNagle(): void {
	const marker = Symbol.for('crm.noDelay');
	const modules = [net, tls] as unknown as Record<string | symbol, unknown>[];
	for (const module of modules) {
		if (module[marker]) continue;
		const connect = module.connect as (...args: unknown[]) => net.Socket;
		module.connect = (...args: unknown[]) => connect(...args).setNoDelay(true);
		module[marker] = true;
	}
}

let driver: Driver | null = null;
let database: string | undefined;

export async function connect(connection: Connection): Promise<Driver> {
	disableNagle();
	if (driver) await driver.close();
	driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
		disableLosslessIntegers: true,
		maxConnectionPoolSize: 50,
		connectionAcquisitionTimeout: 30_000
	});
	await driver.verifyConnectivity({ database: connection.database });
	database = connection.database || (await homeDatabase(driver));
	return driver;
}

/**
 * The database a session without one names would use. A session that names its database starts
 * about 1 ms sooner (measured: scratch sessions on the embedded Neo4j, 3.9 → 3.0 ms for a one-statement
 * transaction), and every query opens one: the name is asked once, at connection.
 */
async function homeDatabase(d: Driver): Promise<string> {
	const session = d.session();
	try {
		const result = await session.run('CALL db.info() YIELD name RETURN name');
		return String(result.records[0]!.get('name'));
	} finally {
		await session.close();
	}
}

export async function disconnect(): Promise<void> {
	await driver?.close();
	driver = null;
}

export function getDriver(): Driver {
	if (!driver) throw new Error('The database is not connected yet.');
	return driver;
}

/** Neo4j temporal values become ISO strings; everything else is passed through recursively. */
export function plain(value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) return value.map(plain);
	if (typeof value === 'object') {
		if (isDateTime(value as never) || isLocalDateTime(value as never)) {
			return (value as { toStandardDate(): Date }).toStandardDate().toISOString();
		}
		if (isDate(value as never)) return String(value);
		const out: Row = {};
		for (const [k, v] of Object.entries(value as Row)) out[k] = plain(v);
		return out;
	}
	return value;
}

/**
 * JavaScript numbers travel as floats; Cypher wants integers for LIMIT, SKIP, ranges and ids.
 * Whole numbers become Neo4j integers (a float that happens to be whole is rare here and still works).
 */
export function toNeo4jParams(value: unknown): unknown {
	if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
	if (Array.isArray(value)) return value.map(toNeo4jParams);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const out: Row = {};
		for (const [k, v] of Object.entries(value as Row)) out[k] = toNeo4jParams(v);
		return out;
	}
	return value;
}

/** A result's records as plain objects (temporal values as ISO strings). */
const rowsOf = <T>(result: QueryResult): T[] => result.records.map((r) => plain(r.toObject()) as T);

export interface Tx {
	/** Runs the query stored in `cypher/<name>.cypher`. */
	query<T = Row>(name: string, params?: Params): Promise<T[]>;
	/** Runs literal Cypher (one-liners and generated-by-code statements only). */
	run<T = Row>(text: string, params?: Params): Promise<T[]>;
	/** Runs `effect` once the transaction has committed (never when it rolls back): an event's delivery. */
	afterCommit(effect: () => void): void;
}

function wrap(tx: ManagedTransaction, effects: (() => void)[]): Tx {
	const run = async <T>(text: string, params: Params = {}): Promise<T[]> => {
		const result = await tx.run(withVisibility(text, params), toNeo4jParams(params) as Params);
		return rowsOf<T>(result);
	};
	return { run, query: (name, params) => run(cypher(name), params), afterCommit: (effect) => effects.push(effect) };
}

export function readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
	const session = getDriver().session({ database, defaultAccessMode: neo4j.session.READ });
	return session.executeRead((tx) => work(wrap(tx, []))).finally(() => session.close());
}

/** One transaction: all of `work` commits or none of it does. Retried on transient errors. */
export function writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
	const session = getDriver().session({ database, defaultAccessMode: neo4j.session.WRITE });
	// A retried attempt starts a new list: only the attempt that committed has its effects run.
	let effects: (() => void)[] = [];
	return session
		.executeWrite((tx) => {
			effects = [];
			return work(wrap(tx, effects));
		})
		.then((result) => {
			for (const effect of effects) effect();
			return result;
		})
		.finally(() => session.close());
}

/**
 * One read statement, auto-committed: RUN and PULL in one round trip, where a read transaction costs
 * BEGIN, RUN + PULL and COMMIT. A single statement gains nothing from a transaction; a transient
 * failure (a leader change, a lost connection) is tried again, as executeRead would. `params` go to
 * the driver as they are (see `read` for the product's own queries).
 */
export async function readAutoCommit(text: string, params: Params = {}): Promise<QueryResult> {
	for (let attempt = 1; ; attempt++) {
		const session = getDriver().session({ database, defaultAccessMode: neo4j.session.READ });
		try {
			return await session.run(text, params);
		} catch (e) {
			if (attempt >= 3 || !neo4j.isRetriableError(e)) throw e;
		} finally {
			await session.close();
		}
	}
}

/** The query stored in `cypher/<name>.cypher`, as one auto-committed read. */
export async function read<T = Row>(name: string, params: Params = {}): Promise<T[]> {
	const result = await readAutoCommit(withVisibility(cypher(name), params), toNeo4jParams(params) as Params);
	return rowsOf<T>(result);
}

export const write = <T = Row>(name: string, params?: Params) => writeTx((tx) => tx.query<T>(name, params));

/** Auto-commit statement: schema changes cannot share a transaction with writes. */
export async function runAutoCommit(text: string, params: Params = {}): Promise<void> {
	const session = getDriver().session({ database });
	try {
		await session.run(text, toNeo4jParams(params) as Params);
	} finally {
		await session.close();
	}
}
