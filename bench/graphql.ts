/**
 * npm run bench:graphql [-- --organisations 2000 --samples 300 --seconds 15 --clients 16]
 *
 * The GraphQL API over real HTTP on loopback: a fresh embedded Neo4j in a temporary folder, the
 * product's migrations, a synthetic graph, a user with a personal API token, and a node:http server
 * that does what the app does for /graphql (the Bearer lookup of hooks.server.ts, then the route's
 * handler). Measures a nested query (a page of organisations with their employees and relations):
 * p50/p95 one request at a time, then requests per second with N concurrent clients. Prints a
 * markdown table and writes the "GraphQL API" section of BENCHMARKS.md (its own markers only).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeBenchmarkSection } from './sections';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createApiToken, userForBearer } from '$lib/server/auth/api-tokens';
import { createUser } from '$lib/server/auth/users';
import { connect, disconnect, plain, readAutoCommit, runAutoCommit, toNeo4jParams, writeTx } from '$lib/server/db/driver';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { ensureKindIndexes } from '$lib/server/db/kind-schema';
import { migrate } from '$lib/server/db/migrations';
import { setCypherRoot } from '$lib/server/db/queries';
import { handleGraphQL } from '$lib/server/graphql/handler';
import { ensureSettings } from '$lib/server/app/settings';
import { freePort } from '../tests/support/free-port';
import { benchCypher } from './cypher';
import { summarise as stats } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

function option(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
	return value;
}

const ORGANISATIONS = option('organisations', 2000);
const SAMPLES = option('samples', 300);
const SECONDS = option('seconds', 15);
const CLIENTS = option('clients', 16);
const PAGE = 10;

/** The nested query of the acceptance: organisations with their contacts and relations. */
const NESTED = `query Nested($offset: Int!) {
  organisations(limit: ${PAGE}, offset: $offset, sort: [{ name: ASC }]) {
    id name city status
    employees(limit: 10) { id name position }
    relations(limit: 20) { predicate direction other { id type name } }
  }
}`;

// Synthetic graph: organisations, three employees each, and a customer, a prospect and a partner
// relation per organisation towards others (so `relations` has about 9 rows per organisation).
const CREATE_GRAPH = `
UNWIND range(0, $n - 1) AS i
CREATE (o:Entity:Organisation {id: 'bench-org-' + i, type: 'Organisation', name: 'Bench organisation ' + right('00000' + i, 5), kind: 'company',
        status: 'active', city: ['Paris', 'Lyon', 'Alger', 'Oran', 'Nantes'][i % 5], phones: [], emails: [], managed: false,
        createdAt: datetime(), updatedAt: datetime()})
WITH o, i
UNWIND range(0, 2) AS j
CREATE (c:Entity:Contact {id: 'bench-contact-' + i + '-' + j, type: 'Contact', name: 'Bench contact ' + i + '-' + j, lastName: 'Contact ' + i + '-' + j,
        position: 'Buyer', phones: [], emails: [], createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:IS_EMPLOYEE_OF {id: randomUUID(), createdAt: datetime()}]->(o)`;
const CREATE_RELATIONS = `
UNWIND range(0, $n - 1) AS i
MATCH (a:Entity {id: 'bench-org-' + i})
MATCH (b:Entity {id: 'bench-org-' + ((i + 1) % $n)})
MATCH (c:Entity {id: 'bench-org-' + ((i * 7 + 3) % $n)})
MATCH (d:Entity {id: 'bench-org-' + ((i * 13 + 5) % $n)})
CREATE (a)-[:IS_CUSTOMER_OF {id: randomUUID(), createdAt: datetime()}]->(b)
CREATE (a)-[:IS_PROSPECT_OF {id: randomUUID(), createdAt: datetime()}]->(c)
CREATE (a)-[:IS_PARTNER_OF {id: randomUUID(), createdAt: datetime()}]->(d)`;

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const headers = new Headers();
	for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
	return new Request(new URL(req.url ?? '/', origin), {
		method: req.method,
		headers,
		body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks)
	});
}

/**
 * What the app does for /graphql: the Bearer lookup of the hooks (every request), then the route.
 * /baseline answers the same data from one hand-written statement after the same lookup: the cost
 * of HTTP, the token and Neo4j without the GraphQL layer.
 */
async function serve(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
	const request = await toRequest(req, origin);
	const user = await userForBearer(request.headers.get('authorization'));
	const url = new URL(request.url);
	const response = !user
		? new Response('{"error":"INVALID_TOKEN"}', { status: 401 })
		: url.pathname === '/baseline'
			? await baseline(request)
			: await handleGraphQL(request, { user, url });
	res.writeHead(response.status, Object.fromEntries(response.headers));
	res.end(Buffer.from(await response.arrayBuffer()));
}

async function baseline(request: Request): Promise<Response> {
	const { variables } = (await request.json()) as { variables: { offset: number } };
	const result = await readAutoCommit(benchCypher('graphql-baseline'), toNeo4jParams({ offset: variables.offset, limit: PAGE }) as Record<string, unknown>);
	const organisations = result.records.map((r) => plain(r.get('organisation')));
	return new Response(JSON.stringify({ data: { organisations } }), { headers: { 'content-type': 'application/json' } });
}

async function main() {
	const log = (line: string) => console.log(line);
	// tsx turns source-mapped stack traces on; the built app (`node build`, adapter-node) runs without
	// them. neo4j-driver captures a stack trace for every query it runs, and mapping its frames through
	// the source maps cost about 0.7 ms of CPU per GraphQL request here: a cost of the bench's runner,
	// not of the server it measures.
	process.setSourceMapsEnabled(false);
	setCypherRoot(join(ROOT, 'cypher'));
	const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-graphql-'));
	log(`Starting an embedded Neo4j in ${dataDir}…`);
	const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: ROOT });
	const server = createServer();
	try {
		await connect(neo4j);
		await migrate();
		await ensureKindIndexes();
		await ensureSettings('FR');
		const t0 = Date.now();
		await writeTx((tx) => tx.run(CREATE_GRAPH, { n: ORGANISATIONS }));
		await writeTx((tx) => tx.run(CREATE_RELATIONS, { n: ORGANISATIONS }));
		await runAutoCommit('CALL db.awaitIndexes(300)');
		log(`Graph: ${ORGANISATIONS} organisations, ${ORGANISATIONS * 3} contacts, ${ORGANISATIONS * 6} relations in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);

		const { id } = await createUser({ email: 'bench@example.com', firstName: null, lastName: 'Bench', role: 'agent', password: 'bench password 1234' });
		const { token } = await createApiToken(id, { name: 'bench' });

		server.keepAliveTimeout = 30_000;
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		server.on('request', (req, res) => {
			serve(req, res, origin).catch((e) => {
				console.error(e);
				res.writeHead(500).end();
			});
		});

		const pages = Math.floor(ORGANISATIONS / PAGE);
		let counter = 0;
		const call = async (path = '/graphql'): Promise<number> => {
			const offset = ((counter++ * 37) % pages) * PAGE;
			const started = performance.now();
			const response = await fetch(`${origin}${path}`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ query: NESTED, variables: { offset } })
			});
			const body = (await response.json()) as { data?: { organisations: unknown[] }; errors?: unknown[] };
			const elapsed = performance.now() - started;
			if (response.status !== 200 || body.errors || body.data?.organisations.length !== PAGE) {
				throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
			}
			return elapsed;
		};

		for (let i = 0; i < 100; i++) await call(); // warm-up: schema, JIT, query plans, page cache
		const loadBefore = loadavg();
		const sequential: number[] = [];
		for (let i = 0; i < SAMPLES; i++) sequential.push(await call());

		/** Requests per second and their latencies with CLIENTS clients for SECONDS. */
		const flood = async (path: string) => {
			const samples: number[] = [];
			const deadline = performance.now() + SECONDS * 1000;
			const startedAt = performance.now();
			await Promise.all(
				Array.from({ length: CLIENTS }, async () => {
					while (performance.now() < deadline && samples.length < 50_000) samples.push(await call(path));
				})
			);
			return { samples, rps: samples.length / ((performance.now() - startedAt) / 1000) };
		};
		const { samples: concurrent, rps } = await flood('/graphql');

		for (let i = 0; i < 100; i++) await call('/baseline');
		const baseOne: number[] = [];
		for (let i = 0; i < SAMPLES; i++) baseOne.push(await call('/baseline'));
		const baseMany = await flood('/baseline');
		const loadAfter = loadavg();

		const one = stats(sequential);
		const many = stats(concurrent);
		const bOne = stats(baseOne);
		const bMany = stats(baseMany.samples);
		const ms = (v: number) => v.toFixed(1);
		const verdict = (ok: boolean) => (ok ? 'met' : '**NOT met**');
		const table = [
			'| Measurement | n | p50 ms | p95 ms | p99 ms | mean ms | req/s | Target |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
			`| nested query, one client | ${one.n} | ${ms(one.p50)} | ${ms(one.p95)} | ${ms(one.p99)} | ${ms(one.mean)} | ${(1000 / one.mean).toFixed(0)} | p95 ≤ 30 ms: ${verdict(one.p95 <= 30)} |`,
			`| nested query, ${CLIENTS} concurrent clients, ${SECONDS} s | ${many.n} | ${ms(many.p50)} | ${ms(many.p95)} | ${ms(many.p99)} | ${ms(many.mean)} | ${rps.toFixed(0)} | ≥ 300 req/s: ${verdict(rps >= 300)} |`,
			`| baseline: same data, one hand-written Cypher, no GraphQL; one client | ${bOne.n} | ${ms(bOne.p50)} | ${ms(bOne.p95)} | ${ms(bOne.p99)} | ${ms(bOne.mean)} | ${(1000 / bOne.mean).toFixed(0)} | |`,
			`| baseline, ${CLIENTS} concurrent clients, ${SECONDS} s | ${bMany.n} | ${ms(bMany.p50)} | ${ms(bMany.p95)} | ${ms(bMany.p99)} | ${ms(bMany.mean)} | ${baseMany.rps.toFixed(0)} | |`
		].join('\n');
		log('');
		log(table);

		const cpu = cpus()[0]?.model ?? 'unknown CPU';
		const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
		const section = [
			'```sh',
			'npm run bench:graphql                  # 2,000 organisations, 300 samples, 16 clients for 15 s',
			'npm run bench:graphql -- --organisations 5000 --samples 500 --seconds 30 --clients 16',
			'```',
			'',
			`A fresh embedded Neo4j (heap ${process.env.NEO4J_HEAP ?? '1g'}), the product's migrations, ${ORGANISATIONS.toLocaleString('en')} organisations with three employees each and`,
			`${(ORGANISATIONS * 6).toLocaleString('en')} relations in all. A node:http server on 127.0.0.1 does what the app does for \`/graphql\`: the Bearer`,
			'token lookup of `hooks.server.ts` (one read per request, no cache), then the route\'s yoga handler with',
			'its depth and complexity checks. The client is Node\'s `fetch` in the same process, with keep-alive. Source-mapped',
			'stack traces (which tsx turns on, and the built app does not have) are off. The baseline rows ask the same',
			'server for the same data at `/baseline`: the same token lookup, then one hand-written statement',
			'(`bench/cypher/graphql-baseline.cypher`), i.e. what HTTP, the token and Neo4j cost without the GraphQL layer. The',
			`query, with \`offset\` walking through the pages:`,
			'',
			'```graphql',
			NESTED,
			'```',
			'',
			`Measured ${when} UTC on ${availableParallelism()} vCPU (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; load average`,
			`(1/5/15 min) ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' / ')} after. Targets are the issue's.`,
			'',
			table
		].join('\n');
		writeBenchmarkSection(BENCHMARKS, 'graphql', 'bench/graphql.ts', 'GraphQL API', section);
		log(`\nWrote the "GraphQL API" section of ${BENCHMARKS}.`);
	} finally {
		server.close();
		await disconnect();
		await neo4j.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
