/**
 * Record-level access on every read path: a portal client of organisation C (who may see C and its
 * contacts only) and an agent whose matrix row says "own organisations only" must see exactly their
 * records through lists, filters, search, entity pages, relations, history, the explorer (walks,
 * saved views, paths), the triple store and its export, and GraphQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listQuery } from '../../src/lib/domain/entities';
import { roleAccess } from '../../src/lib/domain/access';
import { kindOf } from '../../src/lib/kinds/registry';
import { assertMay, assertMayOn, assertMayRelate, visibleTo } from '../../src/lib/server/access/guard';
import { principalOf, type SessionUser } from '../../src/lib/server/auth/sessions';
import { createUser } from '../../src/lib/server/auth/users';
import { listEntities } from '../../src/lib/server/entities/listing';
import { getEntity } from '../../src/lib/server/entities/records';
import { globalSearch } from '../../src/lib/server/entities/search';
import { historyOf } from '../../src/lib/server/entities/history';
import { egoNetwork, subgraph } from '../../src/lib/server/explorer/network';
import { shortestPaths } from '../../src/lib/server/explorer/graph-paths';
import { saveView, visibleViews } from '../../src/lib/server/explorer/views';
import { handleGraphQL } from '../../src/lib/server/graphql/handler';
import { exportTriples, queryTriples } from '../../src/lib/server/rdf/triples';
import { runFilter } from '../../src/lib/server/relations/filters';
import { relate } from '../../src/lib/server/relations/relate';
import { relationsOf } from '../../src/lib/server/relations/relations';
import { egoQuery, graphViewInput } from '../../src/lib/domain/graph';
import { tripleQuery } from '../../src/lib/domain/triples';
import { query, unique, useDatabase } from '../support/db';
import { admin, agent, contact, organisation } from '../support/fixtures';

useDatabase();

const BASE = 'http://crm.test';
let tag: string;
let c: { id: string; name: string };
let d: { id: string; name: string };
let x: { id: string; name: string };
let y: { id: string; name: string };
let client: SessionUser;
/** The client's own contact: an employee of C, so visible to them too. */
let self: { id: string };

async function principal(role: SessionUser['role'], organisationId: string | null = null, overrides = {}): Promise<SessionUser> {
	const email = `${unique(`access-${role}`).replace(' ', '-')}@example.com`;
	const { id } = await createUser({ email, firstName: null, lastName: unique(role), role, password: 'a long enough password', organisationId }, admin);
	const [account] = await query<{ contactId: string }>('MATCH (:User {id: $id})-[:HAS_CONTACT]->(c:Contact) RETURN c.id AS contactId', { id });
	return principalOf({ user: { id, email, name: role, role, contactId: account!.contactId, organisationId }, access: JSON.stringify(overrides) });
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const q = (text: string) => listQuery.parse({ q: text });

async function graphql(user: SessionUser, text: string, variables: Record<string, unknown> = {}) {
	const request = new Request(`${BASE}/graphql`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: JSON.stringify({ query: text, variables })
	});
	const response = await handleGraphQL(request, { user, url: new URL(request.url) });
	return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
}

beforeAll(async () => {
	tag = Math.random().toString(36).slice(2, 8);
	// C is the client's organisation, X works there; D and Y are somebody else's. C and D are partners.
	c = await organisation(`Client ${tag}`);
	d = await organisation(`Other ${tag}`);
	x = await contact(`Xavier ${tag}`);
	y = await contact(`Yvonne ${tag}`);
	await relate(x.id, 'IS_EMPLOYEE_OF', [c.id], agent);
	await relate(y.id, 'IS_EMPLOYEE_OF', [d.id], agent);
	await relate(c.id, 'IS_PARTNER_OF', [d.id], agent);
	client = await principal('client', c.id);
	self = { id: client.contactId! };
});

describe('a portal client sees only its own organisation', () => {
	it('in lists, filtered lists and the search', async () => {
		const scope = visibleTo(client);
		expect(scope).not.toBeNull();
		expect(ids((await listEntities(kindOf('Organisation'), q(tag), scope)).items)).toEqual([c.id]);
		expect(ids((await listEntities(kindOf('Contact'), q(tag), scope)).items)).toEqual(ids([x]));
		expect((await listEntities(kindOf('Organisation'), q(tag), null)).items.length).toBe(2);
		// "has a partner": D is C's partner, but D is invisible, so C does not match either.
		const partners = await runFilter('Organisation', { kind: 'relation', negate: false, type: 'IS_PARTNER_OF', target: { kind: 'any' } }, q(tag), scope);
		expect(partners.items).toEqual([]);
		expect(ids(await globalSearch(tag, scope))).toEqual(ids([c, x]));
		// The names a contact's subtitle adds (its employer) are visible ones only.
		const [yvonne] = await globalSearch(`Yvonne ${tag}`, null);
		expect(yvonne?.linked).toEqual([d.name]);
	});

	it('on entity pages, in the relations block and in the history', async () => {
		const scope = visibleTo(client);
		await expect(getEntity(c.id, 'Organisation', scope)).resolves.toMatchObject({ id: c.id });
		await expect(getEntity(d.id, 'Organisation', scope)).rejects.toMatchObject({ status: 404 });
		await expect(getEntity(y.id, 'Contact', scope)).rejects.toMatchObject({ status: 404 });
		expect((await relationsOf(c.id, scope)).map((r) => r.other.id).sort()).toEqual(ids([x, self]));
		expect((await relationsOf(c.id, null)).map((r) => r.other.id).sort()).toEqual(ids([d, x, self]));
		const timeline = await historyOf(c.id, scope);
		expect(JSON.stringify(timeline.items)).not.toContain(d.name);
		expect(JSON.stringify((await historyOf(c.id, null)).items)).toContain(d.name);
	});

	it('in the explorer: walks, saved views and paths', async () => {
		const scope = visibleTo(client);
		const ego = await egoNetwork(egoQuery.parse({ id: c.id, depth: '3' }), scope);
		expect(ids(ego.nodes)).toEqual(ids([c, x, self]));
		const seen = [c.id, x.id, self.id];
		expect(ego.edges.every((e) => seen.includes(e.source) && seen.includes(e.target))).toBe(true);
		await expect(egoNetwork(egoQuery.parse({ id: d.id, depth: '1' }), scope)).rejects.toMatchObject({ status: 404 });
		expect(ids((await subgraph([c.id, d.id, x.id, y.id], scope)).nodes)).toEqual(ids([c, x]));
		// X – C – D – Y exists, but not through what the client sees.
		expect(await shortestPaths(x.id, y.id, scope)).toEqual([]);
		expect((await shortestPaths(x.id, y.id, null))[0]?.length).toBe(3);
		expect((await shortestPaths(x.id, c.id, scope))[0]?.entities.map((e) => e.id)).toEqual([x.id, c.id]);
		// A view the staff share names their records: it stays among the staff.
		const shared = await saveView(graphViewInput.parse({ name: unique('Staff map'), shared: true, state: { nodes: [{ id: d.id, x: 0, y: 0 }] } }), agent);
		expect((await visibleViews(client)).map((v) => v.id)).not.toContain(shared);
		expect((await visibleViews({ id: 'another-agent', role: 'agent' })).map((v) => v.id)).toContain(shared);
	});

	it('in the triple store and its export', async () => {
		const scope = visibleTo(client);
		const page = (s: string | null, o: string | null) => queryTriples(tripleQuery.parse({ ...(s ? { s } : {}), ...(o ? { o } : {}), size: '1000' }), BASE, scope);
		expect((await page(d.id, null)).quads).toEqual([]);
		const aboutC = (await page(c.id, null)).quads.map((t) => t.object.value);
		expect(aboutC.some((v) => v.endsWith(d.id))).toBe(false);
		expect(aboutC.some((v) => v.endsWith(x.id))).toBe(true);
		expect((await page(null, d.id)).quads).toEqual([]);
		const text = await new Response(exportTriples(BASE, 'ntriples', scope)).text();
		expect(text).toContain(c.id);
		expect(text).not.toContain(d.id);
		expect(text).not.toContain(y.id);
	});

	it('in GraphQL: lists, nested relationship fields and relations', async () => {
		const answer = await graphql(
			client,
			'query($name: String!) { organisations(limit: 10, where: { name: { contains: $name } }) { id partners(limit: 5) { id } relations(limit: 10) { other { id } } } contacts(limit: 10, where: { name: { contains: $name } }) { id } }',
			{ name: tag }
		);
		expect(answer.errors).toBeUndefined();
		expect(answer.data?.organisations).toMatchObject([{ id: c.id, partners: [] }]);
		expect(ids(answer.data?.organisations[0].relations.map((r: { other: { id: string } }) => r.other))).toEqual(ids([x, self]));
		expect(answer.data?.contacts).toEqual([{ id: x.id }]);
		const staffAnswer = await graphql(principalOf({ user: { id: 'staff', email: 's@example.com', name: 'S', role: 'viewer', contactId: null, organisationId: null }, access: null }), 'query($name: String!) { organisations(limit: 10, where: { name: { contains: $name } }) { id } }', { name: tag });
		expect(ids(staffAnswer.data?.organisations ?? [])).toEqual(ids([c, d]));
	});

	it('and may write nothing: no kind to create, no record to change or relate', async () => {
		expect(() => assertMay(client, 'Organisation', 'create')).toThrow(expect.objectContaining({ status: 403 }));
		await expect(assertMayOn(client, c.id, 'change')).rejects.toMatchObject({ status: 403 });
		await expect(assertMayOn(client, d.id, 'change')).rejects.toMatchObject({ status: 404 });
		await expect(assertMayRelate(client, c.id, [x.id])).rejects.toMatchObject({ status: 403 });
	});
});

describe('an agent whose matrix row says "own organisations only"', () => {
	it('sees and changes the organisations they created, and no other', async () => {
		const own = await principal('agent', null, { agent: { Organisation: { view: 'own', change: 'own' } } });
		const mine = await organisation(`Mine ${tag}`, {}, own);
		expect(own.access.Organisation.view).toBe('own');
		expect(own.access.Contact.view).toBe('all');
		const scope = visibleTo(own);
		expect(ids((await listEntities(kindOf('Organisation'), q(tag), scope)).items)).toEqual([mine.id]);
		await expect(assertMayOn(own, mine.id, 'change')).resolves.toBe('Organisation');
		await expect(assertMayOn(own, c.id, 'change')).rejects.toMatchObject({ status: 404 });
		// Contacts stay visible whole; the walk from X stops at C, which is not theirs.
		expect(ids((await egoNetwork(egoQuery.parse({ id: x.id, depth: '2' }), scope)).nodes)).toEqual([x.id]);
	});

	it('keeps administrators on every right whatever the matrix says', () => {
		const access = roleAccess('admin', { admin: { Organisation: { view: 'none' } } });
		expect(access.Organisation.view).toBe('all');
	});
});
