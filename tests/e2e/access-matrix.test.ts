/**
 * The access matrix through the built server: every page, endpoint and GraphQL operation, called by
 * a user of every role (and a portal client), answers what that role may do: the page, a 403 with a
 * sentence, or a 404 for a record the principal may not see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from './browser';
import { postAction, signInHttp, type HttpClient } from './http';

type Who = 'viewer' | 'agent' | 'supervisor' | 'manager' | 'admin' | 'client';
const WHO: Who[] = ['viewer', 'agent', 'supervisor', 'manager', 'admin', 'client'];
const STAFF: Who[] = ['viewer', 'agent', 'supervisor', 'manager', 'admin'];
const WRITERS: Who[] = ['agent', 'supervisor', 'manager', 'admin'];
const PURGERS: Who[] = ['manager', 'admin'];
const ADMINS: Who[] = ['admin'];
const PASSWORD = 'matrix-password-1';

const clients = {} as Record<Who, HttpClient>;
let azur: string;
let clientOrg: string;
let clientOrgName: string;

/** The status each principal gets: `yes` for those in `allowed`, `no` for the others. */
const expectFor = (allowed: Who[], yes: number, no: number, client = no) => (who: Who) => (who === 'client' ? client : allowed.includes(who) ? yes : no);

async function gql(who: Who, query: string, variables: Record<string, unknown> = {}) {
	const response = await clients[who].fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
	return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
}

beforeAll(async () => {
	const admin = await signInHttp(app().adminEmail, app().adminPassword);
	const find = async (q: string) => ((await (await admin.fetch(`/api/entities?q=${encodeURIComponent(q)}`)).json()) as { items: { id: string; name: string }[] }).items;
	azur = (await find('Azur Fontaine')).find((i) => i.name === 'Azur Fontaine')!.id;
	clientOrgName = `Matrix Client ${Date.now().toString(36)}`;
	const made = await admin.fetch('/graphql', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ query: 'mutation($n: String!) { createOrganisation(input: { name: $n }) { entity { id } } }', variables: { n: clientOrgName } })
	});
	clientOrg = ((await made.json()) as { data: { createOrganisation: { entity: { id: string } } } }).data.createOrganisation.entity.id;
	const stamp = Date.now().toString(36);
	for (const who of WHO) {
		if (who === 'admin') {
			clients.admin = admin;
			continue;
		}
		const email = `matrix-${who}-${stamp}@e2e.example.com`;
		const created = await postAction(admin, '/admin/users?/create', { email, firstName: 'Matrix', lastName: who, role: who, password: PASSWORD, organisationId: who === 'client' ? clientOrg : '' });
		expect(created.text, `created the ${who}`).toContain('created');
		clients[who] = await signInHttp(email, PASSWORD);
	}
});

describe('the access matrix, role by role, through the built server', () => {
	const pages: [string, (who: Who) => number][] = [
		['/', expectFor(STAFF, 200, 200, 200)],
		['/organisations', expectFor(STAFF, 200, 200, 200)],
		['/contacts', expectFor(STAFF, 200, 200, 200)],
		['/products', expectFor(STAFF, 200, 403, 403)],
		['/organisations/new', expectFor(WRITERS, 200, 403)],
		['/products/new', expectFor(WRITERS, 200, 403)],
		['/orders', expectFor(STAFF, 200, 403, 403)],
		['/orders/new', expectFor(WRITERS, 200, 403)],
		['/invoices', expectFor(STAFF, 200, 403, 403)],
		['/coupons/new', expectFor(PURGERS, 200, 403)],
		['/sales/statistics', expectFor(['supervisor', 'manager', 'admin'], 200, 403)],
		['/graph', expectFor(STAFF, 200, 200, 200)],
		['/search?q=Azur', expectFor(STAFF, 200, 200, 200)],
		['/trash', expectFor(STAFF, 200, 200, 200)],
		['/me', expectFor(STAFF, 200, 200, 200)],
		['/notifications', expectFor(STAFF, 200, 200, 200)],
		['/admin/users', expectFor(ADMINS, 200, 403)],
		['/admin/access', expectFor(ADMINS, 200, 403)],
		['/admin/relation-types', expectFor(ADMINS, 200, 403)],
		['/admin/tags', expectFor(ADMINS, 200, 403)],
		['/admin/settings', expectFor(ADMINS, 200, 403)],
		['/admin/jobs', expectFor(ADMINS, 200, 403)],
		['/admin/outbox', expectFor(ADMINS, 200, 403)]
	];

	it('serves each page to the roles that may see it, and 403 to the others', async () => {
		const seen: string[] = [];
		for (const [path, expected] of pages) {
			for (const who of WHO) {
				const response = await clients[who].fetch(path, { headers: { accept: 'text/html' } });
				seen.push(`${who} GET ${path} ${response.status}`);
				expect(`${who} GET ${path} ${response.status}`).toBe(`${who} GET ${path} ${expected(who)}`);
			}
		}
		expect(seen.length).toBe(pages.length * WHO.length);
	});

	it('shows a record to those who may see it: a client sees its own organisation only', async () => {
		for (const who of WHO) {
			const ours = await clients[who].fetch(`/organisations/${azur}`, { headers: { accept: 'text/html' } });
			expect(`${who} ${ours.status}`).toBe(`${who} ${who === 'client' ? 404 : 200}`);
			const own = await clients[who].fetch(`/organisations/${clientOrg}`, { headers: { accept: 'text/html' } });
			expect(`${who} ${own.status}`).toBe(`${who} 200`);
			const edit = await clients[who].fetch(`/organisations/${clientOrg}/edit`, { headers: { accept: 'text/html' } });
			expect(`${who} edit ${edit.status}`).toBe(`${who} edit ${expectFor(WRITERS, 200, 403)(who)}`);
		}
	});

	it('answers each API endpoint by role', async () => {
		for (const who of WHO) {
			const c = clients[who];
			const status = async (path: string, init: RequestInit = {}) => (await c.fetch(path, init)).status;
			const json = { 'content-type': 'application/json' };
			const row = {
				entities: await status('/api/entities?q=Azur'),
				ego: await status(`/api/graph/ego?id=${azur}`),
				ownEgo: await status(`/api/graph/ego?id=${clientOrg}`),
				paths: await status(`/api/graph/paths?from=${clientOrg}&to=${azur}`),
				subgraph: await status('/api/graph/subgraph', { method: 'POST', headers: json, body: JSON.stringify({ ids: [azur] }) }),
				views: await status('/api/graph/views'),
				relationTypes: await status(`/api/relation-types?subject=${clientOrg}`),
				relate: await status('/api/relations', { method: 'POST', headers: json, body: JSON.stringify({ subject: clientOrg, type: 'IS_CUSTOMER_OF', objects: [azur] }) }),
				unrelate: await status(`/api/relations/no-such-relation?entity=${clientOrg}`, { method: 'DELETE' }),
				triples: await status(`/api/triples?s=${azur}`),
				exported: await status('/api/triples/export?format=ntriples'),
				imported: await status('/api/triples/import?dryRun=true', { method: 'POST', headers: { 'content-type': 'text/turtle' }, body: '' })
			};
			const writer = WRITERS.includes(who);
			expect({ who, ...row }).toEqual({
				who,
				entities: 200,
				ego: who === 'client' ? 404 : 200,
				ownEgo: 200,
				paths: 200,
				subgraph: 200,
				views: 200,
				relationTypes: 200,
				// The first writer relates the client organisation to Azur; the next ones find it done (409).
				relate: writer ? (who === 'agent' ? 201 : 409) : 403,
				unrelate: writer ? 404 : 403,
				triples: 200,
				exported: 200,
				imported: writer ? 200 : 403
			});
		}
	});

	it('answers each GraphQL operation by role, with the records of their scope', async () => {
		for (const who of WHO) {
			const read = await gql(who, 'query($n: String!) { organisations(limit: 5, where: { name: { in: ["Azur Fontaine", $n] } }) { name } }', { n: clientOrgName });
			expect(read.status).toBe(200);
			const names = (read.body.data?.organisations as { name: string }[]).map((o) => o.name).sort();
			expect(`${who}: ${names.join(', ')}`).toBe(`${who}: ${who === 'client' ? clientOrgName : ['Azur Fontaine', clientOrgName].sort().join(', ')}`);
			const users = await gql(who, '{ users(limit: 1) { name } }');
			expect(`${who} users ${(users.body.data?.users as unknown[] | undefined)?.length ?? 0}`).toBe(`${who} users ${who === 'client' ? 0 : 1}`);
			const create = await gql(who, 'mutation($n: String!) { createOrganisation(input: { name: $n }) { entity { id } } }', { n: `Matrix ${who} ${Date.now()}` });
			expect(`${who} create ${create.body.errors?.[0]?.extensions?.code ?? 'ok'}`).toBe(`${who} create ${WRITERS.includes(who) ? 'ok' : 'FORBIDDEN'}`);
			const trash = await gql(who, 'mutation($id: ID!) { trashEntity(id: $id) }', { id: `missing-${who}` });
			expect(`${who} trash ${trash.body.errors?.[0]?.extensions?.code}`).toBe(`${who} trash NOT_FOUND`);
			const introspection = await gql(who, '{ __schema { queryType { name } } }');
			expect(`${who} introspection ${introspection.body.errors?.[0]?.extensions?.code ?? 'ok'}`).toBe(`${who} introspection ${ADMINS.includes(who) ? 'ok' : 'INTROSPECTION_FORBIDDEN'}`);
		}
	});

	it('lets form actions through for the roles that may, and refuses the others with a sentence', async () => {
		for (const who of WHO) {
			const created = await postAction(clients[who], '/organisations/new', { name: `Form ${who} ${Date.now()}`, kind: 'company', status: 'active' });
			expect(`${who} ${created.status}`).toBe(`${who} ${WRITERS.includes(who) ? 200 : 403}`);
			if (!WRITERS.includes(who)) expect(created.text).toContain('does not allow this');
			const purge = await postAction(clients[who], '/trash?/purge', { id: 'not-in-the-trash' });
			expect(`${who} purge ${purge.status}`).toBe(`${who} purge ${PURGERS.includes(who) ? 404 : 403}`);
			const settings = await postAction(clients[who], '/admin/settings', { categories: 'gold', defaultPhoneCountry: 'FR', currency: 'EUR', defaultTaxRate: '20', paymentTermsDays: '30', dormantAfterDays: '90' });
			expect(`${who} settings ${settings.status}`).toBe(`${who} settings ${ADMINS.includes(who) ? 200 : 403}`);
		}
	});
});
