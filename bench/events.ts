/**
 * npm run bench:events [-- --events 200]: the delivery latency of live events, on one instance and
 * across two. A fresh embedded Neo4j, two app instances as `npm start` runs them (the built server),
 * one browser-like SSE client on each. Each event is a real change (an organisation created through
 * GraphQL on instance A); its latency is the time from the event's timestamp (written with the change,
 * by the same machine's clock) to its arrival at each client. Writes the "Live events" section of
 * BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { signInApp } from './app-session';
import { startApp } from '../tests/support/app-process';
import { freePort } from '../tests/support/free-port';
import { readEvents } from '../tests/support/sse';
import { machine } from './machine';
import { writeBenchmarkSection } from './sections';
import { summarise } from './stats';

const EVENTS = Number(process.argv[process.argv.indexOf('--events') + 1]) || 200;
const ADMIN = { email: 'bench@events.example.com', password: 'bench-events-password' };

const signIn = (baseURL: string) => signInApp(baseURL, ADMIN);

/** An SSE client: the latency of every event named `bench …`, by name. */
async function listen(baseURL: string, cookie: string, signal: AbortSignal, latencies: Map<string, number>): Promise<void> {
	const response = await fetch(`${baseURL}/api/events`, { headers: { cookie, accept: 'text/event-stream' }, signal });
	await readEvents(response, ({ data }) => {
		const event = JSON.parse(data) as { at: string; payload: { name?: string } };
		if (event.payload.name?.startsWith('bench ')) latencies.set(event.payload.name, Date.now() - Date.parse(event.at));
	});
}

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-events-'));
	const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: process.cwd() });
	const env = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DEMO_DATA: 'false' };
	const [a, b] = await Promise.all([startApp(await freePort(), env), startApp(await freePort(), env)]);
	const controller = new AbortController();
	const loadBefore = loadavg();
	try {
		const [cookieA, cookieB] = await Promise.all([signIn(a.baseURL), signIn(b.baseURL)]);
		const onA = new Map<string, number>();
		const onB = new Map<string, number>();
		const listening = [listen(a.baseURL, cookieA, controller.signal, onA), listen(b.baseURL, cookieB, controller.signal, onB)];
		await new Promise((r) => setTimeout(r, 500));
		for (let i = 0; i < EVENTS; i++) {
			const response = await fetch(`${a.baseURL}/graphql`, {
				method: 'POST',
				headers: { cookie: cookieA, origin: a.baseURL, 'content-type': 'application/json' },
				body: JSON.stringify({ query: 'mutation($name: String!) { createOrganisation(input: { name: $name }) { version } }', variables: { name: `bench ${i}` } })
			});
			if (!response.ok) throw new Error(`createOrganisation answered ${response.status}`);
			// Spaced like real changes, so each delivery is measured on its own.
			await new Promise((r) => setTimeout(r, 40));
		}
		const deadline = Date.now() + 10_000;
		while ((onA.size < EVENTS || onB.size < EVENTS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		controller.abort();
		await Promise.all(listening);

		const same = summarise([...onA.values()]);
		const across = summarise([...onB.values()]);
		const m = machine(process.cwd());
		const load = loadavg();
		const row = (label: string, s: ReturnType<typeof summarise>, received: number, target: number) =>
			`| ${label} | ${received} / ${EVENTS} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | p95 ≤ ${target} ms: ${s.p95 <= target && received === EVENTS ? 'met' : '**NOT met**'} |`;
		const body = [
			'```sh',
			'npm run bench:events                 # 200 events',
			'npm run bench:events -- --events 1000',
			'```',
			'',
			'A fresh embedded Neo4j and two app instances as `npm start` runs them (the built server, `EVENT_POLL_MS` 100), each with an',
			'SSE client on `/api/events` signed in as an administrator. Each event is a real change: an organisation created through GraphQL',
			'on instance A, 40 ms apart. Latency: from the event\'s timestamp, written by Neo4j in the transaction of the change, to its arrival',
			'at the client (one machine, one clock). On A the instance that wrote the event reads the outbox at once; B reads it at its next poll.',
			'',
			`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} vCPU (${m.cpu}), ${m.ramGiB} GiB RAM, Node ${m.node}, Neo4j ${m.neo4j}; load average`,
			`(1/5/15 min) ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ${load.map((l) => l.toFixed(2)).join(' / ')} after.`,
			'',
			'| Delivery | received | p50 ms | p95 ms | p99 ms | max ms | Target |',
			'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
			row('same instance (A → client on A)', same, onA.size, 100),
			row('across instances (A → client on B)', across, onB.size, 300)
		].join('\n');
		console.log(body);
		writeBenchmarkSection('BENCHMARKS.md', 'events', 'npm run bench:events', 'Live events', body);
	} finally {
		controller.abort();
		await Promise.all([a.stop(), b.stop()]);
		await neo4j.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
