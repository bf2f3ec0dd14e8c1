import { beforeAll, describe, expect, it } from 'vitest';
import { app } from './browser';
import { createToken, postAction, readEvents, serverRoutes, signInHttp, type HttpClient } from './http';

// Every endpoint, called through the built server that `npm start` runs: a handler that passes when
// called directly can still fail inside it (/graphql once answered 500 there, with green tests).

const called = new Set<string>();
let admin: HttpClient;
let token: string;

/** Calls `path` on the built server as the admin (session cookie), recording which route it exercises. */
async function call(route: string, path: string, init: RequestInit = {}): Promise<Response> {
	called.add(route);
	return admin.fetch(path, init);
}

const bearer = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

async function graphql(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
	called.add('/graphql');
	const response = await fetch(`${app().baseURL}/graphql`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: app().baseURL, ...headers },
		body: JSON.stringify({ query, variables })
	});
	return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] } };
}

async function findId(name: string): Promise<string> {
	const response = await call('/api/entities', `/api/entities?q=${encodeURIComponent(name)}`);
	expect(response.status).toBe(200);
	const { items } = (await response.json()) as { items: { id: string; name: string }[] };
	const found = items.find((i) => i.name === name);
	if (!found) throw new Error(`${name} not found`);
	return found.id;
}

describe('every endpoint through the built server', () => {
	beforeAll(async () => {
		admin = await signInHttp(app().adminEmail, app().adminPassword);
		token = await createToken(admin, `endpoints ${Date.now()}`);
	});

	it('/health and /lang answer without a session', async () => {
		called.add('/health');
		expect((await fetch(`${app().baseURL}/health`)).status).toBe(200);
		called.add('/lang');
		const lang = await fetch(`${app().baseURL}/lang`, {
			method: 'POST',
			headers: { origin: app().baseURL },
			body: new URLSearchParams({ lang: 'fr', back: '/login' }),
			redirect: 'manual'
		});
		expect(lang.status).toBe(303);
		expect(lang.headers.get('location')).toBe('/login');
		expect(lang.headers.getSetCookie().join(';')).toContain('lang=fr');
	});

	it('/graphql answers a session cookie (POST and GET) and a Bearer token, and refuses anonymous callers', async () => {
		const byCookie = await graphql({ cookie: admin.cookie }, '{ organisations(limit: 2, sort: [{ name: ASC }]) { id name } }');
		expect(byCookie.status).toBe(200);
		expect(byCookie.body.errors).toBeUndefined();
		expect(byCookie.body.data?.organisations).toHaveLength(2);

		const get = await call('/graphql', `/graphql?query=${encodeURIComponent('{__typename}')}`, { headers: { accept: 'application/json' } });
		expect(get.status).toBe(200);
		expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

		const byToken = await graphql(bearer(), 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { entity { id name } version } }', {
			input: { name: `GraphQL Eaux ${Date.now()}`, kind: 'company', phones: ['04 65 71 20 99'] }
		});
		expect(byToken.status).toBe(200);
		expect(byToken.body.errors).toBeUndefined();
		const created = byToken.body.data?.createOrganisation.entity;
		const read = await graphql(bearer(), 'query($id: ID!) { organisations(limit: 1, where: { id: { eq: $id } }) { name phones } }', { id: created.id });
		expect(read.body.data?.organisations).toEqual([{ name: created.name, phones: ['+33465712099'] }]);

		const refused = await graphql(bearer(), 'mutation { createOrganisation(input: { name: "", kind: company }) { version } }');
		expect(refused.body.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');

		const anonymous = await fetch(`${app().baseURL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
		expect(anonymous.status).toBe(401);
		const badToken = await graphql({ authorization: 'Bearer crm_notatoken' }, '{__typename}');
		expect(badToken.status).toBe(401);
	});

	it('/api/entities, /api/relation-types, /api/relations and /api/relations/[id]', async () => {
		const azur = await findId('Azur Fontaine');
		const name = `Relation Eaux ${Date.now()}`;
		const made = await graphql(bearer(), 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { entity { id } } }', {
			input: { name, kind: 'company' }
		});
		const id = made.body.data?.createOrganisation.entity.id as string;

		const types = await call('/api/relation-types', `/api/relation-types?subject=${id}&object=${azur}`);
		expect(types.status).toBe(200);
		const { sides } = (await types.json()) as { sides: { key: string }[] };
		expect(sides.map((s) => s.key)).toContain('IS_PROSPECT_OF');

		const related = await call('/api/relations', '/api/relations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject: id, type: 'IS_PROSPECT_OF', objects: [azur] }) });
		expect(related.status).toBe(201);
		const { ids } = (await related.json()) as { ids: string[] };
		const twice = await call('/api/relations', '/api/relations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject: id, type: 'IS_PROSPECT_OF', objects: [azur] }) });
		expect(twice.status).toBe(409);
		const notJson = await call('/api/relations', '/api/relations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
		expect(notJson.status).toBe(400);

		const removed = await call('/api/relations/[id]', `/api/relations/${ids[0]}?entity=${azur}`, { method: 'DELETE' });
		expect(removed.status).toBe(200);
		const again = await call('/api/relations/[id]', `/api/relations/${ids[0]}?entity=${azur}`, { method: 'DELETE' });
		expect(again.status).toBe(404);

		const byToken = await fetch(`${app().baseURL}/api/entities?q=${encodeURIComponent(name)}`, { headers: bearer() });
		expect(((await byToken.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([id]);
		// Given ids (a graph node's card): their rows, unknown ones left out.
		const given = await fetch(`${app().baseURL}/api/entities?ids=${id},${azur},no-such-id`, { headers: bearer() });
		const rows = ((await given.json()) as { items: { id: string; values: Record<string, unknown> }[] }).items;
		expect(rows.map((i) => i.id)).toEqual([id, azur]);
		expect(rows[0]!.values.status).toBe('active');
	});

	it('/api/graph/ego, /paths, /subgraph, /views and /views/[id]', async () => {
		const boreal = await findId('Boréal Distribution');
		const delta = await findId('Delta Sources');
		const ego = await call('/api/graph/ego', `/api/graph/ego?id=${boreal}&depth=2`);
		expect(ego.status).toBe(200);
		const graph = (await ego.json()) as { nodes: { id: string }[] };
		expect(graph.nodes.map((n) => n.id)).toContain(boreal);

		const paths = await call('/api/graph/paths', `/api/graph/paths?from=${boreal}&to=${delta}&maxLength=4`);
		expect(paths.status).toBe(200);
		expect(Array.isArray(((await paths.json()) as { paths: unknown[] }).paths)).toBe(true);
		const same = await call('/api/graph/paths', `/api/graph/paths?from=${boreal}&to=${boreal}`);
		expect(same.status).toBe(422);

		const sub = await call('/api/graph/subgraph', '/api/graph/subgraph', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: [boreal, delta] }) });
		expect(sub.status).toBe(200);
		expect(((await sub.json()) as { nodes: unknown[] }).nodes).toHaveLength(2);

		const state = { nodes: [{ id: boreal, x: 0, y: 0 }], layout: 'fcose' };
		const saved = await call('/api/graph/views', '/api/graph/views', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Endpoint view', state }) });
		expect(saved.status).toBe(201);
		const { id } = (await saved.json()) as { id: string };
		const list = await call('/api/graph/views', '/api/graph/views');
		expect(((await list.json()) as { views: { id: string }[] }).views.map((v) => v.id)).toContain(id);
		const one = await call('/api/graph/views/[id]', `/api/graph/views/${id}`);
		expect(((await one.json()) as { name: string }).name).toBe('Endpoint view');
		const renamed = await call('/api/graph/views/[id]', `/api/graph/views/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Renamed view', state }) });
		expect(renamed.status).toBe(200);
		const deleted = await call('/api/graph/views/[id]', `/api/graph/views/${id}`, { method: 'DELETE' });
		expect(deleted.status).toBe(200);
		expect((await call('/api/graph/views/[id]', `/api/graph/views/${id}`)).status).toBe(404);
	});

	it('/api/triples, /api/triples/export and /api/triples/import, by cookie and by token', async () => {
		const azur = await findId('Azur Fontaine');
		const pattern = await call('/api/triples', `/api/triples?s=${azur}`);
		expect(pattern.status).toBe(200);
		const page = (await pattern.json()) as { triples: { p: string; o: { literal?: string } }[] };
		expect(page.triples.some((t) => t.o.literal === 'Azur Fontaine')).toBe(true);
		const turtle = await fetch(`${app().baseURL}/api/triples?s=${azur}`, { headers: bearer({ accept: 'text/turtle' }) });
		expect(turtle.headers.get('content-type')).toContain('text/turtle');
		expect(await turtle.text()).toContain('Azur Fontaine');
		expect((await call('/api/triples', '/api/triples?size=5000')).status).toBe(400);

		const exported = await call('/api/triples/export', '/api/triples/export?format=ntriples');
		expect(exported.status).toBe(200);
		const text = await exported.text();
		expect(text).toContain('"Azur Fontaine"');

		const base = app().baseURL;
		const doc = `<${base}/id/entity/9b1c6f0e-2f7a-4b8e-9f51-${Date.now().toString(16).padStart(12, '0').slice(-12)}> a <${base}/ns#Organisation> ; <http://www.w3.org/2000/01/rdf-schema#label> "Triple Eaux" .`;
		const dry = await call('/api/triples/import', '/api/triples/import?dryRun=true', { method: 'POST', headers: { 'content-type': 'text/turtle' }, body: doc });
		expect(dry.status).toBe(200);
		expect(((await dry.json()) as { entities: { created: number } }).entities.created).toBe(1);
		const bad = await fetch(`${base}/api/triples/import`, { method: 'POST', headers: bearer({ 'content-type': 'text/turtle' }), body: '<a> <b> .' });
		expect(bad.status).toBe(422);
		const wrongType = await call('/api/triples/import', '/api/triples/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' });
		expect(wrongType.status).toBe(415);
	});

	it('/api/events streams live events, and refuses anonymous callers', async () => {
		const controller = new AbortController();
		const stream = await call('/api/events', '/api/events', { signal: controller.signal });
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toContain('text/event-stream');
		const events: string[] = [];
		const reading = readEvents(stream, (e) => events.push(e.data));
		// A change on a record reaches the stream of the same instance.
		const name = `Live Eaux ${Date.now()}`;
		await graphql(bearer(), 'mutation($name: String!) { createOrganisation(input: { name: $name }) { version } }', { name });
		for (let i = 0; i < 100 && !events.some((e) => e.includes(name)); i++) await new Promise((r) => setTimeout(r, 50));
		controller.abort();
		await reading;
		expect(events.some((e) => e.includes(name))).toBe(true);
		expect((await fetch(`${app().baseURL}/api/events`)).status).toBe(401);
	});

	it('/logout ends the session', async () => {
		const other = await signInHttp(app().adminEmail, app().adminPassword);
		const stream = await other.fetch('/api/events');
		expect(stream.status).toBe(200);
		const ended = readEvents(stream, () => undefined).then(() => 'ended');
		called.add('/logout');
		const out = await other.fetch('/logout', { method: 'POST' });
		expect(out.status).toBe(303);
		expect((await other.fetch('/api/entities?q=Azur')).status).toBe(401);
		// The stream opened before signing out ends too, at its next check.
		await expect(Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 5000))])).resolves.toBe('ended');
	});

	it('/invoices/[id]/pdf and /coupons/batches/[batch]/pdf: an invoiced order\'s PDF, a coupon batch\'s sheet', async () => {
		const name = `PDF Eaux ${Date.now()}`;
		const made = await graphql(bearer(), 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { entity { id } } }', { input: { name, kind: 'company' } });
		const customerId = made.body.data!.createOrganisation.entity.id as string;
		const products = await graphql(bearer(), '{ products(limit: 1, where: { active: { eq: true } }) { id } }');
		const order = await postAction(admin, '/orders/new', { customerId, channel: 'phone', productId: products.body.data!.products[0].id, quantity: '2', discount: '' });
		const orderId = /\/orders\/([0-9a-f-]{36})/.exec(order.text)?.[1];
		expect(orderId, order.text).toBeDefined();
		for (const step of ['confirm', 'invoice']) {
			const stepped = await postAction(admin, `/orders/${orderId}?/step`, { step });
			expect(`${stepped.status} ${stepped.text}`).toMatch(/^200 .*"type":"success"/);
		}
		const invoices = await graphql(bearer(), 'query($name: String!) { invoices(limit: 1, where: { customerName: { eq: $name } }) { id number } }', { name });
		expect(invoices.body.errors).toBeUndefined();
		const [invoice] = invoices.body.data!.invoices as { id: string; number: string }[];
		const pdf = await call('/invoices/[id]/pdf', `/invoices/${invoice!.id}/pdf`);
		expect([pdf.status, pdf.headers.get('content-type'), pdf.headers.get('content-disposition')]).toEqual([200, 'application/pdf', `attachment; filename="${invoice!.number}.pdf"`]);
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
		expect((await call('/invoices/[id]/pdf', '/invoices/not-an-invoice/pdf')).status).toBe(404);

		const coupons = await postAction(admin, '/coupons/new', { customerId, count: '2', amount: '3', pin: '' });
		const batch = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(coupons.text)?.[0];
		expect(batch, coupons.text).toBeDefined();
		const sheet = await call('/coupons/batches/[batch]/pdf', `/coupons/batches/${batch}/pdf`);
		expect([sheet.status, sheet.headers.get('content-type')]).toEqual([200, 'application/pdf']);

		// The sales statistics of today, which include this order, as CSV and PDF.
		const day = new Date().toISOString().slice(0, 10);
		const csv = await call('/sales/statistics/export.[format]', `/sales/statistics/export.csv?from=${day}&to=${day}&by=customer`);
		expect([csv.status, csv.headers.get('content-type')?.split(';')[0]]).toEqual([200, 'text/csv']);
		expect(await csv.text()).toContain(name);
		const statsPdf = await call('/sales/statistics/export.[format]', `/sales/statistics/export.pdf?from=${day}&to=${day}`);
		expect([statsPdf.status, statsPdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
		expect((await call('/sales/statistics/export.[format]', `/sales/statistics/export.csv?from=${day}&to=yesterday`)).status).toBe(422);
	});

	it('/api/calls, /api/calls/token, /api/calls/[id]/end, /take, /incoming, /calls/[id]/recording, /calls/statistics/export.csv and .pdf, and /api/twilio/* (simulated: no account to check signatures with)', async () => {
		const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		const number = `+3364${String(Date.now() % 1e7).padStart(7, '0')}`;
		const placed = await call('/api/calls', '/api/calls', json({ number }));
		const { id, simulated } = (await placed.json()) as { id: string; simulated: boolean };
		expect([placed.status, simulated]).toEqual([201, true]);
		const wrong = await call('/api/calls', '/api/calls', json({ number: '12' }));
		expect(wrong.status).toBe(422);
		expect(((await wrong.json()) as { message: string }).message).toMatch(/number/i);
		await new Promise((r) => setTimeout(r, 2_000));
		expect((await call('/api/calls/[id]/end', `/api/calls/${id}/end`, { method: 'POST' })).status).toBe(200);
		let recording = await call('/calls/[id]/recording', `/calls/${id}/recording`);
		for (let i = 0; i < 40 && recording.status !== 200; i++) {
			await new Promise((r) => setTimeout(r, 100));
			recording = await call('/calls/[id]/recording', `/calls/${id}/recording`);
		}
		expect([recording.status, recording.headers.get('content-type')]).toEqual([200, 'audio/wav']);
		expect(Buffer.from(await recording.arrayBuffer()).subarray(0, 4).toString()).toBe('RIFF');

		const incoming = await call('/api/calls/incoming', '/api/calls/incoming', json({ number }));
		expect(incoming.status).toBe(201);
		const ringing = (await incoming.json()) as { id: string };
		expect((await call('/api/calls/[id]/take', `/api/calls/${ringing.id}/take`, { method: 'POST' })).status).toBe(200);
		expect((await call('/api/calls/[id]/take', `/api/calls/${ringing.id}/take`, { method: 'POST' })).status).toBe(409);

		// The call statistics of today, which hold these calls, as CSV; the page itself.
		const today = new Date().toISOString().slice(0, 10);
		const csv = await call('/calls/statistics/export.[format]', `/calls/statistics/export.csv?from=${today}&to=${today}&by=operator`);
		expect([csv.status, csv.headers.get('content-type')?.split(';')[0]]).toEqual([200, 'text/csv']);
		expect((await csv.text()).split('\r\n')[0]).toContain('Answered rate');
		expect((await call('/calls/statistics/export.[format]', '/calls/statistics/export.csv?by=product')).status).toBe(422);
		const pdf = await call('/calls/statistics/export.[format]', `/calls/statistics/export.pdf?from=${today}&to=${today}`);
		expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
		expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
		const page = await admin.fetch(`/calls/statistics?from=${today}&to=${today}`);
		expect([page.status, (await page.text()).includes('Call statistics')]).toEqual([200, true]);

		// Twilio posts forms without an Origin or a session: they reach the webhook, which refuses them unsigned.
		// No account here: the browser phone says calls are simulated.
		const token = await call('/api/calls/token', '/api/calls/token');
		expect([token.status, await token.json()]).toEqual([200, { mode: 'simulated' }]);
		for (const hook of ['status', 'recording', 'bridge', 'incoming', 'voice']) {
			called.add(`/api/twilio/${hook}`);
			const response = await fetch(`${app().baseURL}/api/twilio/${hook}`, { method: 'POST', body: new URLSearchParams({ CallSid: `CA${'0'.repeat(32)}`, CallStatus: 'completed' }) });
			expect([hook, response.status, await response.text()]).toEqual([hook, 403, expect.stringContaining('simulated')]);
		}
		// Other cross-site form posts are still refused, as SvelteKit would.
		const crossSite = await fetch(`${app().baseURL}/login`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: new URLSearchParams({ email: 'a@b.c', password: 'x' }) });
		expect(crossSite.status).toBe(403);
	});

	// Last, after the calls above: a new endpoint without a call here fails the suite.
	it('has called every +server.ts route of the app', () => {
		expect(serverRoutes().filter((route) => !called.has(route))).toEqual([]);
	});
});
