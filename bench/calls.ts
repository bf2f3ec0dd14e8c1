/**
 * npm run bench:calls [-- --calls 200] [--contacts 1000000] [--regenerate]: the call centre's two
 * speeds. (1) Screen-pop: a signed Twilio incoming-call webhook posted to instance A of two app
 * instances as `npm start` runs them (the built server, a Twilio account configured), until the
 * `call.incoming` event reaches an SSE client on A and on B; the time runs from the moment the
 * webhook is sent. (2) Number lookup: `callersOf(e164)`, the incoming call's lookup of the caller
 * among organisations and contacts, on a graph of 1,000,000 contacts with phones (generated once in
 * .data/bench-calls-lookup and reused). Writes the "Call centre" sections of BENCHMARKS.md.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { callersOf } from '$lib/server/calls/lookup';
import { readTx, writeTx } from '$lib/server/db/driver';
import { phoneSearchTokens } from '$lib/server/entities/phones';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { startApp } from '../tests/support/app-process';
import { freePort } from '../tests/support/free-port';
import { readEvents } from '../tests/support/sse';
import { signInApp } from './app-session';
import { benchCypher } from './cypher';
import { DATA, open } from './db';
import { machine } from './machine';
import { int, rng } from './random';
import { SCALES } from './scales';
import { writeBenchmarkSection } from './sections';
import { summarise } from './stats';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const CALLS = arg('--calls', 200);
const CONTACTS = arg('--contacts', 1_000_000);
const LOOKUPS = 500;
const ADMIN = { email: 'bench@calls.example.com', password: 'bench-calls-password' };
const ACCOUNT = { accountSid: `AC${randomBytes(16).toString('hex')}`, authToken: randomBytes(16).toString('hex') };
const stamp = () => new Date().toISOString().slice(11, 19);
const log = (line: string) => console.log(`${stamp()} ${line}`);

const signIn = (baseURL: string) => signInApp(baseURL, ADMIN);

/** An SSE client: when each incoming call's event arrived, by its number. */
async function listen(baseURL: string, cookie: string, signal: AbortSignal, arrivals: Map<string, number>): Promise<void> {
	const response = await fetch(`${baseURL}/api/events`, { headers: { cookie, accept: 'text/event-stream' }, signal });
	await readEvents(response, ({ data }) => {
		const event = JSON.parse(data) as { type: string; payload: { number?: string } };
		if (event.type === 'call.incoming' && event.payload.number) arrivals.set(event.payload.number, performance.now());
	});
}

async function screenPop(): Promise<string> {
	const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-calls-'));
	const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: process.cwd() });
	const env = {
		NEO4J_URI: neo4j.uri,
		NEO4J_USER: neo4j.user,
		NEO4J_PASSWORD: neo4j.password,
		ADMIN_EMAIL: ADMIN.email,
		ADMIN_PASSWORD: ADMIN.password,
		DEMO_DATA: 'false',
		SECRETS_KEY: randomBytes(32).toString('base64')
	};
	const [a, b] = await Promise.all([startApp(await freePort(), env), startApp(await freePort(), env)]);
	const controller = new AbortController();
	const loadBefore = loadavg();
	try {
		const [cookieA, cookieB] = await Promise.all([signIn(a.baseURL), signIn(b.baseURL)]);
		const saved = await fetch(`${a.baseURL}/admin/telephony`, {
			method: 'POST',
			headers: { cookie: cookieA, origin: a.baseURL, accept: 'application/json', 'x-sveltekit-action': 'true' },
			body: new URLSearchParams({ ...ACCOUNT, publicBaseUrl: a.baseURL, callerIds: '+33142685300' })
		});
		if (!(await saved.text()).includes('"type":"success"')) throw new Error('saving the telephony settings failed');
		const onA = new Map<string, number>();
		const onB = new Map<string, number>();
		const listening = [listen(a.baseURL, cookieA, controller.signal, onA), listen(b.baseURL, cookieB, controller.signal, onB)];
		await new Promise((r) => setTimeout(r, 500));
		const sent = new Map<string, number>();
		const url = `${a.baseURL}/api/twilio/incoming`;
		for (let i = 0; i < CALLS; i++) {
			// A caller of its own each time (a number nobody has: the lookup runs and finds none).
			const from = `+3361${String(1_000_000 + i).padStart(7, '0')}`;
			const params = { CallSid: `CA${randomBytes(16).toString('hex')}`, From: from, To: '+33142685300', CallStatus: 'ringing', Direction: 'inbound' };
			const signature = twilio.getExpectedTwilioSignature(ACCOUNT.authToken, url, params);
			sent.set(from, performance.now());
			const response = await fetch(url, { method: 'POST', headers: { 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
			if (!response.ok) throw new Error(`the incoming-call webhook answered ${response.status}: ${await response.text()}`);
			await response.text();
			await new Promise((r) => setTimeout(r, 40));
		}
		const deadline = Date.now() + 10_000;
		while ((onA.size < CALLS || onB.size < CALLS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		controller.abort();
		await Promise.all(listening);
		const latencies = (arrivals: Map<string, number>) => [...arrivals].map(([from, at]) => at - sent.get(from)!);
		const same = summarise(latencies(onA));
		const across = summarise(latencies(onB));
		const m = machine(process.cwd());
		const load = loadavg();
		const row = (label: string, s: ReturnType<typeof summarise>, received: number, target: number) =>
			`| ${label} | ${received} / ${CALLS} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | p95 ≤ ${target} ms: ${s.p95 <= target && received === CALLS ? 'met' : '**NOT met**'} |`;
		return [
			'```sh',
			'npm run bench:calls',
			'```',
			'',
			'A fresh embedded Neo4j and two app instances as `npm start` runs them (the built server, `EVENT_POLL_MS` 100), a Twilio account',
			'configured (its public URL instance A\'s), an SSE client on `/api/events` on each. Each sample: Twilio\'s incoming-call webhook, signed',
			'with the SDK\'s `getExpectedTwilioSignature`, posted to A from a caller number of its own (40 ms apart); the time from sending it to the',
			'`call.incoming` event\'s arrival at each client. It covers the signature check, the caller lookup, the Call record with its',
			'relations and the event, in one transaction, and the delivery.',
			'',
			`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} vCPU (${m.cpu}), ${m.ramGiB} GiB RAM, Node ${m.node}, Neo4j ${m.neo4j}; load average`,
			`(1/5/15 min) ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ${load.map((l) => l.toFixed(2)).join(' / ')} after.`,
			'',
			'| Webhook → screen-pop | received | p50 ms | p95 ms | p99 ms | max ms | Target |',
			'| --- | ---: | ---: | ---: | ---: | ---: | --- |',
			row('same instance (webhook on A → client on A)', same, onA.size, 100),
			row('across instances (webhook on A → client on B)', across, onB.size, 300)
		].join('\n');
	} finally {
		controller.abort();
		await Promise.all([a.stop(), b.stop()]);
		await neo4j.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** The i-th generated contact's number: distinct French mobiles. */
const numberOf = (i: number) => `+336${String(10_000_000 + i).padStart(8, '0')}`;

async function lookup(): Promise<string> {
	const dataDir = join(DATA, 'bench-calls-lookup');
	if (args.includes('--regenerate')) rmSync(dataDir, { recursive: true, force: true });
	const scale = SCALES.find((s) => s.name === '1M')!;
	const fresh = !existsSync(dataDir);
	const db = await open(scale, dataDir, log);
	try {
		const [{ count }] = (await readTx((tx) => tx.run<{ count: number }>('MATCH (c:Contact) WHERE c.benchPhone RETURN count(c) AS count'))) as [{ count: number }];
		if (fresh || count < CONTACTS) {
			log(`generating ${CONTACTS.toLocaleString('en')} contacts with phones…`);
			for (let first = count; first < CONTACTS; first += 10_000) {
				const rows = Array.from({ length: Math.min(10_000, CONTACTS - first) }, (_, k) => {
					const i = first + k;
					const phone = numberOf(i);
					const name = `Bench Caller ${i}`;
					return { id: `bench-caller-${i}`, name, phone, searchText: [name.toLowerCase(), ...phoneSearchTokens(phone)].join(' ') };
				});
				await writeTx((tx) => tx.run(benchCypher('calls-contacts'), { rows }));
				if ((first / 10_000) % 10 === 9) log(`${(first + rows.length).toLocaleString('en')} contacts`);
			}
			await readTx((tx) => tx.run('CALL db.awaitIndexes(600)'));
		} else log(`reusing ${count.toLocaleString('en')} contacts with phones`);
		const r = rng(20_261_204);
		const numbers = Array.from({ length: LOOKUPS }, () => numberOf(int(r, CONTACTS)));
		for (const n of numbers.slice(0, 50)) await callersOf(n);
		const samples: number[] = [];
		let found = 0;
		for (const n of numbers) {
			const t = performance.now();
			const matches = await callersOf(n);
			samples.push(performance.now() - t);
			if (matches.length === 1) found++;
		}
		if (found !== LOOKUPS) throw new Error(`${LOOKUPS - found} lookups did not find their one contact`);
		const s = summarise(samples);
		const m = machine(process.cwd());
		return [
			'```sh',
			'npm run bench:calls',
			'```',
			'',
			`${CONTACTS.toLocaleString('en')} contacts, each with its own number (generated once in \`.data/bench-calls-lookup\`, indexed as the write pipeline indexes`,
			`phones: the number's digit forms in the search text), Neo4j heap ${scale.heap}, page cache ${scale.pageCache}. ${LOOKUPS} lookups of random numbers through`,
			'`callersOf` (the incoming call\'s lookup: one full-text term query, the match confirmed on the phones list), each finding its one contact.',
			`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} vCPU (${m.cpu}), ${m.ramGiB} GiB RAM, Node ${m.node}, Neo4j ${m.neo4j}.`,
			'',
			'| Number lookup | n | p50 ms | p95 ms | p99 ms | Target |',
			'| --- | ---: | ---: | ---: | ---: | --- |',
			`| among ${CONTACTS.toLocaleString('en')} contacts | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | p95 ≤ 10 ms: ${s.p95 <= 10 ? 'met' : '**NOT met**'} |`
		].join('\n');
	} finally {
		await db.stop();
	}
}

const pop = await screenPop();
console.log(pop);
writeBenchmarkSection('BENCHMARKS.md', 'calls', 'npm run bench:calls', 'Call centre: webhook to screen-pop', pop);
const found = await lookup();
console.log(found);
writeBenchmarkSection('BENCHMARKS.md', 'calls-lookup', 'npm run bench:calls', 'Call centre: caller lookup by number', found);
