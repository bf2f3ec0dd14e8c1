/**
 * Two app instances (the built server, as `npm start` runs it) on one fresh Neo4j: an empty database
 * is initialised once, an event emitted on one instance reaches a browser connected to the other
 * over /api/events, and a schedule fires once per tick across both.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { startApp, type AppProcess } from '../support/app-process';
import { freePort } from '../support/free-port';
import { readEvents, signInHttp } from './http';

const ADMIN = { email: 'admin@instances.example.com', password: 'instances-password-1' };
let dataDir: string;
let database: EmbeddedNeo4j;
let driver: Driver;
let a: AppProcess;
let b: AppProcess;

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
	(await driver.executeQuery(cypher, params)).records[0]!.get(0) as number;

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'crm-instances-'));
	database = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: process.cwd() });
	driver = neo4j.driver(database.uri, neo4j.auth.basic(database.user, database.password), { disableLosslessIntegers: true });
	const env = {
		NEO4J_URI: database.uri,
		NEO4J_USER: database.user,
		NEO4J_PASSWORD: database.password,
		ADMIN_EMAIL: ADMIN.email,
		ADMIN_PASSWORD: ADMIN.password,
		DEMO_DATA: 'true',
		HOUSEKEEPING_CRON: '* * * * * *'
	};
	// Started together, on the empty database.
	[a, b] = await Promise.all([startApp(await freePort(), env), startApp(await freePort(), env)]);
});

afterAll(async () => {
	await Promise.all([a?.stop(), b?.stop()]);
	await driver?.close();
	await database?.stop();
	await rm(dataDir, { recursive: true, force: true });
});

describe('two app instances on one database', () => {
	it('initialise an empty database once: migrations, the first administrator, the demo data', async () => {
		const migrations = readdirSync('cypher/migrations').filter((f) => f.endsWith('.cypher')).length;
		expect(await count('MATCH (m:Migration) RETURN count(m)')).toBe(migrations);
		expect(await count('MATCH (u:User {email: $email}) RETURN count(u)', { email: ADMIN.email })).toBe(1);
		const loaded = [a, b].filter((app) => app.output().includes('Demo data loaded'));
		expect(loaded).toHaveLength(1);
		const demo = await Promise.all(['organisations', 'contacts', 'products'].map(async (f) => (JSON.parse(await readFile(`demo/${f}.json`, 'utf8')) as unknown[]).length));
		// The demo rows, and the administrator's own contact; then the sales history, loaded once too.
		expect(await count("MATCH (n:Entity) WHERE n.type IN ['Organisation', 'Contact', 'Product'] RETURN count(n)")).toBe(demo.reduce((x, y) => x + y, 0) + 1);
		const said = Number(/Demo data loaded: (\d+) entities/.exec(loaded[0]!.output())?.[1]);
		expect(await count('MATCH (n:Entity) RETURN count(n)')).toBe(said + 1);
		expect(await count('MATCH (o:Order) RETURN count(o)')).toBeGreaterThan(1000);
	});

	it('deliver an event emitted on one instance to a browser connected to the other', async () => {
		const onB = await signInHttp(ADMIN.email, ADMIN.password, b.baseURL);
		const onA = await signInHttp(ADMIN.email, ADMIN.password, a.baseURL);
		const controller = new AbortController();
		const stream = await onB.fetch('/api/events', { headers: { accept: 'text/event-stream' }, signal: controller.signal });
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toContain('text/event-stream');
		const received: { at: string; payload: { name?: string }; receivedAt: number }[] = [];
		const reading = readEvents(stream, (e) => received.push({ ...(JSON.parse(e.data) as { at: string; payload: { name?: string } }), receivedAt: Date.now() }));
		await new Promise((r) => setTimeout(r, 300));

		const name = `Across instances ${Date.now()}`;
		const created = await onA.fetch('/graphql', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ query: 'mutation($name: String!) { createOrganisation(input: { name: $name }) { entity { id } } }', variables: { name } })
		});
		expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
		const deadline = Date.now() + 10_000;
		while (!received.some((e) => e.payload.name === name) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		controller.abort();
		await reading;
		const event = received.find((e) => e.payload.name === name);
		expect(event, 'the event reached the other instance').toBeDefined();
		// The latency is measured by `npm run bench:events`; here it only has to be plausible.
		expect(event!.receivedAt - Date.parse(event!.at)).toBeLessThan(3000);
	});

	it('fire a schedule once per tick across both, each firing running its job once', async () => {
		await new Promise((r) => setTimeout(r, 4500));
		// Both counts in one read: a tick may fire between two queries (a firing and its job are one transaction).
		const both = (await driver.executeQuery("MATCH (f:ScheduleFire {schedule: 'housekeeping'}) WITH count(f) AS fires OPTIONAL MATCH (j:Job {schedule: 'housekeeping'}) RETURN fires, count(j) AS jobs")).records[0]!;
		const fires = Number(both.get('fires'));
		expect(fires).toBeGreaterThanOrEqual(3);
		expect(Number(both.get('jobs'))).toBe(fires);
		// Each job claimed by one instance, once (a run record per attempt).
		expect(await count("MATCH (j:Job {schedule: 'housekeeping'}) WHERE j.attempts > 1 RETURN count(j)")).toBe(0);
		expect(await count("MATCH (j:Job {schedule: 'housekeeping', status: 'done'}) RETURN count(j)")).toBeGreaterThanOrEqual(fires - 2);
		const firedBy = (await driver.executeQuery("MATCH (f:ScheduleFire {schedule: 'housekeeping'}) RETURN collect(DISTINCT f.instance) AS by")).records[0]!.get('by') as string[];
		expect(firedBy.length).toBeGreaterThanOrEqual(1);
	});
});
