import { createHash } from 'node:crypto';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { GraphQLError } from '../../src/lib/server/graphql/graphql-js';
// @ts-ignore -- SvelteKit's internal request store, which `sequence` needs; the module ships no types.
import { with_request_store as withRequestStoreUntyped } from '@sveltejs/kit/internal/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle } from '../../src/hooks.server';
import { GET, POST } from '../../src/routes/graphql/+server';
import { actions as meActions } from '../../src/routes/(app)/me/+page.server';
import { actions as newRelationType } from '../../src/routes/(app)/admin/relation-types/new/+page.server';
import { createApiToken, listApiTokens } from '../../src/lib/server/auth/api-tokens';
import { createSession, generateSessionToken, principalOf, SESSION_COOKIE, type SessionUser } from '../../src/lib/server/auth/sessions';
import { createUser } from '../../src/lib/server/auth/users';
import { relationsOf } from '../../src/lib/server/relations/relations';
import { historyOf } from '../../src/lib/server/entities/history';
import { maskError } from '../../src/lib/server/graphql/errors';
import { MAX_COMPLEXITY, MAX_DEPTH } from '../../src/lib/server/graphql/limits';
import { execute, query, unique, useDatabase } from '../support/db';
import { fakeEvent, memoryCookies } from '../support/events';
import { contact, organisation } from '../support/fixtures';

useDatabase();

const with_request_store = withRequestStoreUntyped as <T>(store: unknown, fn: () => T) => T;

interface GraphQLAnswer<T = Record<string, unknown>> {
	data?: T | null;
	errors?: { message: string; extensions?: Record<string, unknown> }[];
	error?: string;
	message?: string;
}

/**
 * One HTTP request to /graphql through the app's own hooks (session cookie or Bearer token, then the
 * sign-in guard) and the route's handler, as SvelteKit runs them.
 */
async function http(
	options: { token?: string; cookie?: string; method?: 'GET' | 'POST'; body?: unknown; accept?: string; search?: string } = {}
): Promise<Response> {
	const url = new URL(`http://localhost/graphql${options.search ?? ''}`);
	const headers = new Headers({ accept: options.accept ?? 'application/graphql-response+json, application/json' });
	if (options.token) headers.set('authorization', `Bearer ${options.token}`);
	if (options.body !== undefined) headers.set('content-type', 'application/json');
	const request = new Request(url, {
		method: options.method ?? 'POST',
		headers,
		body: options.body === undefined ? undefined : JSON.stringify(options.body)
	});
	const event = {
		request,
		url,
		params: {},
		route: { id: '/graphql' },
		cookies: memoryCookies(options.cookie ? { [SESSION_COOKIE]: options.cookie } : {}),
		locals: {},
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		isDataRequest: false,
		isSubRequest: false,
		platform: undefined,
		fetch
	} as unknown as RequestEvent;
	const route = options.method === 'GET' ? GET : POST;
	// SvelteKit's `sequence` reads the request store its server sets up around every request.
	const state = { tracing: { record_span: ({ fn }: { fn: (span: unknown) => unknown }) => fn(undefined) } };
	const response = await with_request_store({ event, state }, () => handle({ event, resolve: (e) => route(e as never) as Promise<Response> }));
	// SvelteKit's server refuses anything else ("handler should return a Response object"): yoga's ponyfill once got through here.
	expect(response).toBeInstanceOf(Response);
	return response;
}

async function gql<T = Record<string, unknown>>(token: string, queryText: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
	const response = await http({ token, body: { query: queryText, variables } });
	return (await response.json()) as GraphQLAnswer<T>;
}

const codeOf = (answer: GraphQLAnswer) => answer.errors?.[0]?.extensions?.code;

interface Account {
	user: SessionUser;
	token: string;
}

/** A user of this role with a personal API token, made through the settings page's action. */
async function account(role: SessionUser['role']): Promise<Account> {
	const email = `${unique(`gql-${role}`).replace(' ', '-')}@example.com`;
	const name = unique(`GraphQL ${role}`);
	const { id } = await createUser({ email, firstName: null, lastName: name, role, password: 'a long enough password' });
	const user: SessionUser = principalOf({ user: { id, email, name, role, contactId: null, organisationId: null }, access: null });
	const result = (await meActions.createToken(fakeEvent({ user, form: { name: 'integration test' } }) as never)) as { token: string };
	return { user, token: result.token };
}

let viewer: Account;
let agent: Account;
let admin: Account;

beforeAll(async () => {
	[viewer, agent, admin] = await Promise.all([account('viewer'), account('agent'), account('admin')]);
});

describe('authentication', () => {
	it('answers 401 to anonymous requests and to unknown tokens', async () => {
		const anonymous = await http({ body: { query: '{ tagTypes { id } }' } });
		expect(anonymous.status).toBe(401);
		expect(((await anonymous.json()) as GraphQLAnswer).error).toBe('UNAUTHENTICATED');

		const forged = await http({ token: 'crm_notarealtoken', body: { query: '{ tagTypes { id } }' } });
		expect(forged.status).toBe(401);
		expect(((await forged.json()) as GraphQLAnswer).error).toBe('INVALID_TOKEN');
	});

	it('accepts the session cookie of the web interface', async () => {
		const token = generateSessionToken();
		await createSession(token, viewer.user.id, { ip: '127.0.0.1', userAgent: 'vitest' });
		const response = await http({ cookie: token, body: { query: '{ tagTypes(where: { id: { eq: "vip" } }) { id name } }' } });
		expect(response.status).toBe(200);
		expect(((await response.json()) as GraphQLAnswer<{ tagTypes: unknown[] }>).data?.tagTypes).toEqual([{ id: 'vip', name: 'VIP' }]);
	});

	it('stores only the hash of a token, and a revoked token stops working at once', async () => {
		const someone = await account('agent');
		const [stored] = await query<{ hash: string }>('MATCH (t:ApiToken {userId: $id}) RETURN t.hash AS hash', { id: someone.user.id });
		expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored!.hash).toBe(createHash('sha256').update(someone.token).digest('hex'));
		expect(stored!.hash).not.toContain(someone.token.slice(4));
		expect(someone.token).toMatch(/^crm_[a-z2-7]{52}$/);

		expect((await http({ token: someone.token, body: { query: '{ tagTypes { id } }' } })).status).toBe(200);
		const [listed] = await listApiTokens(someone.user.id);
		expect(listed!.lastUsedAt).not.toBeNull();

		await meActions.revokeToken(fakeEvent({ user: someone.user, form: { id: listed!.id, name: listed!.name } }) as never);
		const after = await http({ token: someone.token, body: { query: '{ tagTypes { id } }' } });
		expect(after.status).toBe(401);
		expect((await listApiTokens(someone.user.id))[0]!.revokedAt).not.toBeNull();
	});

	it('refuses to revoke somebody else’s token', async () => {
		const [theirs] = await listApiTokens(agent.user.id);
		const answer = (await meActions.revokeToken(fakeEvent({ user: viewer.user, form: { id: theirs!.id, name: 'x' } }) as never).catch((e: unknown) => e)) as {
			status: number;
		};
		expect(answer.status).toBe(404);
		expect((await http({ token: agent.token, body: { query: '{ tagTypes { id } }' } })).status).toBe(200);
	});

	it('caps the number of live tokens per user', async () => {
		const someone = await account('viewer');
		for (let i = 1; i < 20; i++) await createApiToken(someone.user.id, { name: `token ${i}` });
		await expect(createApiToken(someone.user.id, { name: 'one too many' })).rejects.toMatchObject({ code: 'TOO_MANY_TOKENS' });
	});
});

describe('the sales kinds', () => {
	it('are read like any kind, and have no create or update mutation: their workflow writes them', async () => {
		const answer = await gql(admin.token, 'query($n: String!) { invoices(limit: 1, where: { customerName: { eq: $n } }) { id number } orders(limit: 1) { id number status } }', { n: 'nobody' });
		expect(answer.errors).toBeUndefined();
		expect(answer.data).toMatchObject({ invoices: [] });
		const mutation = await gql(admin.token, 'mutation { createOrder(input: { number: "SO-1" }) { version } }');
		expect(mutation.errors?.[0]?.message).toContain('createOrder');
	});
});

describe('authorization', () => {
	it("refuses a viewer's mutations with an authorization error and leaves the database unchanged", async () => {
		const [a, b] = await Promise.all([organisation('Viewer A'), organisation('Viewer B')]);
		const relateAnswer = await gql(viewer.token, 'mutation($s: ID!, $o: ID!) { relate(subject: $s, type: "IS_CUSTOMER_OF", objects: [$o]) { relationIds } }', {
			s: a.id,
			o: b.id
		});
		expect(codeOf(relateAnswer)).toBe('FORBIDDEN');
		expect(relateAnswer.errors![0]!.message).toMatch(/Viewer.*does not allow/);

		const name = unique('Viewer-made');
		const createAnswer = await gql(viewer.token, 'mutation($name: String!) { createOrganisation(input: { name: $name, kind: company }) { entity { id } } }', {
			name
		});
		expect(codeOf(createAnswer)).toBe('FORBIDDEN');
		const trashAnswer = await gql(viewer.token, 'mutation($id: ID!) { trashEntity(id: $id) }', { id: a.id });
		expect(codeOf(trashAnswer)).toBe('FORBIDDEN');

		expect(await query('MATCH (:Entity {id: $a})-[r]-(:Entity {id: $b}) RETURN r', { a: a.id, b: b.id })).toHaveLength(0);
		expect(await query('MATCH (o:Organisation {name: $name}) RETURN o', { name })).toHaveLength(0);
		expect(await query('MATCH (o:Entity {id: $id}) WHERE o.deletedAt IS NOT NULL RETURN o', { id: a.id })).toHaveLength(0);
	});

	it('offers no generated create, update or delete mutation (one write path)', async () => {
		const answer = await gql(admin.token, 'mutation { deleteOrganisations { nodesDeleted } }');
		expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "deleteOrganisations"/);
	});

	it('lets an agent relate: the relation shows in the relations block, with its history entry', async () => {
		const [supplier, customer] = await Promise.all([organisation('GQL supplier'), organisation('GQL customer')]);
		const answer = await gql<{ relate: { relationIds: string[] } }>(
			agent.token,
			'mutation($s: ID!, $o: ID!) { relate(subject: $s, type: "HAS_AS_CUSTOMER", objects: [$o], attributes: { since: "2024-05-01", note: "via API" }) { relationIds } }',
			{ s: supplier.id, o: customer.id }
		);
		expect(answer.errors).toBeUndefined();
		const [relationId] = answer.data!.relate.relationIds;

		const block = await relationsOf(supplier.id, null);
		expect(block).toEqual([
			expect.objectContaining({ id: relationId, predicate: 'has as customer', since: '2024-05-01', note: 'via API', other: expect.objectContaining({ id: customer.id }) })
		]);
		expect((await relationsOf(customer.id, null))[0]).toMatchObject({ predicate: 'is a customer of' });
		const history = await historyOf(supplier.id, null);
		expect(history.items[0]).toMatchObject({ action: 'related', actorName: agent.user.name, relation: { predicate: 'has as customer', otherId: customer.id } });

		const read = await gql<{ organisations: { relations: { id: string; predicate: string; direction: string; other: { id: string } }[] }[] }>(
			agent.token,
			'query($id: ID!) { organisations(limit: 1, where: { id: { eq: $id } }) { relations { id predicate direction other { id type name } } customers(limit: 5) { name } } }',
			{ id: supplier.id }
		);
		expect(read.data!.organisations[0]!.relations).toEqual([
			{ id: relationId, predicate: 'has as customer', direction: 'IN', other: { id: customer.id, type: 'Organisation', name: customer.name } }
		]);

		const refused = await gql(agent.token, 'mutation($s: ID!, $o: ID!) { relate(subject: $s, type: "HAS_AS_CUSTOMER", objects: [$o]) { relationIds } }', {
			s: supplier.id,
			o: customer.id
		});
		expect(codeOf(refused)).toBe('DUPLICATE');
		expect(refused.errors![0]!.message).toContain('already');

		const removed = await gql(agent.token, 'mutation($e: ID!, $r: ID!) { unrelate(entity: $e, relation: $r) }', { e: customer.id, r: relationId });
		expect(removed.data).toEqual({ unrelate: true });
		expect(await relationsOf(supplier.id, null)).toEqual([]);
		expect((await historyOf(customer.id, null)).items[0]).toMatchObject({ action: 'unrelated', actorName: agent.user.name });
	});

	it('turns refusals of the relation engine into errors with their code and English sentence', async () => {
		const [person, company] = await Promise.all([contact('GQL person'), organisation('GQL company')]);
		const answer = await gql(agent.token, 'mutation($s: ID!, $o: ID!) { relate(subject: $s, type: "EMPLOYS", objects: [$o]) { relationIds } }', {
			s: person.id,
			o: company.id
		});
		expect(codeOf(answer)).toBe('RELATION_TYPE_NOT_ALLOWED');
		expect(answer.errors![0]!.message).toMatch(/Contact/);
		expect(answer.errors![0]!.message).not.toMatch(/error\.|MATCH|at /);
	});

	it('lets an agent create, update, tag and trash an organisation through the same validation as the forms', async () => {
		const name = unique('GQL made');
		const bad = await gql(agent.token, 'mutation($name: String!) { createOrganisation(input: { name: $name, kind: company, phones: ["12"] }) { entity { id } } }', {
			name
		});
		expect(codeOf(bad)).toBe('INVALID_INPUT');
		expect(bad.errors![0]!.extensions!.fieldErrors).toEqual({ 'phones.0': expect.any(String) });

		const made = await gql<{ createOrganisation: { entity: { id: string; name: string }; version: string } }>(
			agent.token,
			'mutation($name: String!) { createOrganisation(input: { name: $name, kind: company, phones: ["01 42 68 53 00"] }) { entity { id name type } version } }',
			{ name }
		);
		const { entity, version } = made.data!.createOrganisation;
		expect(entity.name).toBe(name);
		const [stored] = await query<{ phones: string[] }>('MATCH (o:Organisation {id: $id}) RETURN o.phones AS phones', { id: entity.id });
		expect(stored!.phones).toEqual(['+33142685300']);

		const updated = await gql(agent.token, 'mutation($id: ID!, $v: String!, $name: String!) { updateOrganisation(id: $id, version: $v, input: { name: $name, kind: company, creditLimit: 5000, city: "Lyon" }) { version } }', {
			id: entity.id,
			v: version,
			name
		});
		expect(updated.errors).toBeUndefined();
		const stale = await gql(agent.token, 'mutation($id: ID!, $v: String!, $name: String!) { updateOrganisation(id: $id, version: $v, input: { name: $name, kind: company }) { version } }', {
			id: entity.id,
			v: version,
			name
		});
		expect(codeOf(stale)).toBe('STALE_VERSION');

		expect((await gql(agent.token, 'mutation($id: ID!) { tag(entity: $id, tag: "vip") }', { id: entity.id })).data).toEqual({ tag: true });
		const read = await gql<{ organisations: { city: string; creditLimit: number; status: string; tags: { id: string }[] }[] }>(
			agent.token,
			'query($id: ID!) { organisations(limit: 1, where: { id: { eq: $id } }) { city creditLimit status tags { id } } }',
			{ id: entity.id }
		);
		// The standing is the product's to set (the customer-status job): a new organisation is active.
		expect(read.data!.organisations).toEqual([{ city: 'Lyon', creditLimit: 5000, status: 'active', tags: [{ id: 'vip' }] }]);
		const history = await historyOf(entity.id, null);
		expect(history.items.map((h) => h.action)).toEqual(expect.arrayContaining(['tagged', 'created']));

		expect((await gql(agent.token, 'mutation($id: ID!) { trashEntity(id: $id) }', { id: entity.id })).data).toEqual({ trashEntity: true });
		const hidden = await gql<{ organisations: unknown[]; entities: unknown[] }>(
			agent.token,
			'query($id: ID!) { organisations(limit: 5, where: { id: { eq: $id } }) { id } entities(limit: 5, where: { id: { eq: $id } }) { id } }',
			{ id: entity.id }
		);
		expect(hidden.data).toEqual({ organisations: [], entities: [] });
	});

	it('hides trashed entities inside nested lists and relations too', async () => {
		const [company, gone] = await Promise.all([organisation('GQL keeps'), contact('GQL trashed')]);
		await gql(agent.token, 'mutation($s: ID!, $o: ID!) { relate(subject: $s, type: "EMPLOYS", objects: [$o]) { relationIds } }', { s: company.id, o: gone.id });
		const before = await gql<{ organisations: { employees: unknown[]; relations: unknown[] }[] }>(
			agent.token,
			'query($id: ID!) { organisations(limit: 1, where: { id: { eq: $id } }) { employees { id } relations { id } } }',
			{ id: company.id }
		);
		expect(before.data!.organisations[0]!.employees).toHaveLength(1);
		await gql(agent.token, 'mutation($id: ID!) { trashEntity(id: $id) }', { id: gone.id });
		const after = await gql<{ organisations: { employees: unknown[]; relations: unknown[] }[] }>(
			agent.token,
			'query($id: ID!) { organisations(limit: 1, where: { id: { eq: $id } }) { employees { id } relations { id } } }',
			{ id: company.id }
		);
		expect(after.data!.organisations[0]).toEqual({ employees: [], relations: [] });
	});

	it('shows a custom relation type made in the admin screen in `relations`', async () => {
		const predicate = unique('is the GraphQL integrator of');
		const inverse = unique('has as GraphQL integrator');
		const event = fakeEvent({
			user: admin.user,
			form: { subjectTypes: ['Organisation'], predicate, inversePredicate: inverse, objectTypes: ['Organisation'] }
		});
		try {
			await newRelationType.default(event as never);
			expect.unreachable('the admin screen redirects after creating');
		} catch (e) {
			if (!isRedirect(e)) throw e;
		}
		const [type] = await query<{ key: string; partnerKey: string }>('MATCH (t:RelationType {predicate: $predicate}) RETURN t.key AS key, t.partnerKey AS partnerKey', {
			predicate
		});
		const [integrator, client] = await Promise.all([organisation('GQL integrator'), organisation('GQL client')]);
		const related = await gql(agent.token, 'mutation($s: ID!, $t: String!, $o: ID!) { relate(subject: $s, type: $t, objects: [$o]) { relationIds } }', {
			s: integrator.id,
			t: type!.key,
			o: client.id
		});
		expect(related.errors).toBeUndefined();
		const read = await gql<{ organisations: { name: string; relations: { key: string; predicate: string; other: { name: string } }[] }[] }>(
			viewer.token,
			'query($ids: [ID!]!, $types: [String!]) { organisations(limit: 2, where: { id: { in: $ids } }, sort: [{ name: ASC }]) { name relations(types: $types) { key predicate other { name } } } }',
			{ ids: [integrator.id, client.id], types: [type!.key, type!.partnerKey] }
		);
		const byName = Object.fromEntries(read.data!.organisations.map((o) => [o.name, o.relations]));
		expect(byName[integrator.name]).toEqual([{ key: type!.key, predicate, other: { name: client.name } }]);
		expect(byName[client.name]).toEqual([{ key: type!.partnerKey, predicate: inverse, other: { name: integrator.name } }]);
		const types = await gql<{ relationTypes: { custom: boolean; partner: { predicate: string } }[] }>(
			viewer.token,
			'query($key: String!) { relationTypes(where: { key: { eq: $key } }) { custom partner { predicate } } }',
			{ key: type!.key }
		);
		expect(types.data!.relationTypes).toEqual([{ custom: true, partner: { predicate: inverse } }]);
	});

	it('shows e-mail addresses of users to administrators only', async () => {
		const q = 'query($id: ID!) { users(where: { id: { eq: $id } }) { name role email } }';
		const asAdmin = await gql<{ users: { email: string }[] }>(admin.token, q, { id: agent.user.id });
		expect(asAdmin.data!.users).toEqual([{ name: agent.user.name, role: 'agent', email: agent.user.email }]);
		const asAgent = await gql(agent.token, q, { id: agent.user.id });
		expect(codeOf(asAgent)).toBe('FORBIDDEN');
		const noHash = await gql(admin.token, '{ users(limit: 1) { passwordHash } }');
		expect(noHash.errors?.[0]?.message).toMatch(/Cannot query field "passwordHash"/);
	});
});

describe('limits', () => {
	it('refuses a query deeper than the depth limit', async () => {
		let selection = 'id';
		for (let i = 0; i < MAX_DEPTH; i++) selection = `employers(limit: 1) { employees(limit: 1) { ${selection} } }`;
		const answer = await gql(agent.token, `{ contacts(limit: 1) { ${selection} } }`);
		expect(codeOf(answer)).toBe('QUERY_TOO_DEEP');
		expect(answer.errors![0]!.message).toMatch(new RegExp(`depth limit of ${MAX_DEPTH} exceeded`));
		expect(answer.data).toBeUndefined();
	});

	it('refuses a query past the complexity limit before running it', async () => {
		const answer = await gql(agent.token, '{ organisations(limit: 100) { employees(limit: 100) { employers(limit: 100) { id } } } }');
		expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
		expect(answer.errors![0]!.extensions!.maxComplexity).toBe(MAX_COMPLEXITY);
		const fine = await gql(agent.token, '{ organisations(limit: 10) { employees(limit: 10) { name } relations(limit: 20) { predicate } } }');
		expect(fine.errors).toBeUndefined();
		const outOfRange = await gql(agent.token, '{ organisations(limit: 1) { relations(limit: 100000) { id } } }');
		expect(codeOf(outOfRange)).toBe('LIMIT_OUT_OF_RANGE');
	});

	it('caps an unlimited list of 10,000 organisations and requires a limit on the large lists', async () => {
		const tag = `gql-cap-${Math.random().toString(36).slice(2, 8)}`;
		await execute(
			`CREATE (t:TagType {id: $tag, name: $tag, entityTypes: [], color: '#475467', builtin: false, internal: false})
			 WITH t UNWIND range(1, 10000) AS i
			 CREATE (o:Entity:Organisation {id: $tag + '-' + i, name: $tag + ' ' + i, kind: 'company', status: 'active', phones: [], emails: [],
			                                createdAt: datetime(), updatedAt: datetime()})-[:TAGGED]->(t)`,
			{ tag }
		);
		try {
			const asked = await gql<{ organisations: unknown[] }>(agent.token, 'query($tag: ID!) { organisations(limit: 10000, where: { tags: { some: { id: { eq: $tag } } } }) { id } }', {
				tag
			});
			expect(asked.errors).toBeUndefined();
			expect(asked.data!.organisations).toHaveLength(100);

			const nested = await gql<{ tagTypes: { organisations: unknown[] }[] }>(agent.token, 'query($tag: ID!) { tagTypes(where: { id: { eq: $tag } }) { organisations { id } } }', { tag });
			expect(nested.data!.tagTypes[0]!.organisations).toHaveLength(25);

			const unlimited = await gql(agent.token, '{ organisations { id } }');
			expect(codeOf(unlimited)).toBe('LIMIT_REQUIRED');
			const connection = await gql(agent.token, '{ organisationsConnection { edges { node { id } } } }');
			expect(codeOf(connection)).toBe('LIMIT_REQUIRED');
		} finally {
			await execute('MATCH (t:TagType {id: $tag}) OPTIONAL MATCH (o:Organisation)-[:TAGGED]->(t) DETACH DELETE o, t', { tag });
		}
	}, 120_000);
});

describe('introspection, GraphiQL and errors', () => {
	it('allows introspection to administrators only', async () => {
		const q = '{ __schema { queryType { name } } }';
		expect((await gql(admin.token, q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
		const refused = await gql(agent.token, q);
		expect(codeOf(refused)).toBe('INTROSPECTION_FORBIDDEN');
		expect((await gql(agent.token, '{ __typename }')).data).toEqual({ __typename: 'Query' });
	});

	it('serves GraphiQL to administrators only', async () => {
		const page = await http({ token: admin.token, method: 'GET', accept: 'text/html' });
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('GraphiQL');
		const refused = await http({ token: agent.token, method: 'GET', accept: 'text/html' });
		expect(refused.status).toBe(403);
		expect(await refused.text()).toMatch(/administrators only/);
	});

	it('masks unexpected errors: no stack, no Cypher', () => {
		const leaked = new GraphQLError('boom', { originalError: new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) RETURN n') });
		const masked = maskError(leaked, 'An unexpected error occurred; it was logged.') as GraphQLError;
		expect(masked.message).toBe('An unexpected error occurred; it was logged.');
		expect(JSON.stringify(masked.toJSON())).not.toMatch(/MATCH|Neo\.|stack/);
		expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
	});
});

describe('graph queries', () => {
	it('answers triples and paths', async () => {
		const [a, b, c] = await Promise.all([organisation('Path A'), organisation('Path B'), organisation('Path C')]);
		await gql(agent.token, 'mutation($a: ID!, $b: ID!) { relate(subject: $a, type: "IS_CUSTOMER_OF", objects: [$b]) { relationIds } }', { a: a.id, b: b.id });
		await gql(agent.token, 'mutation($b: ID!, $c: ID!) { relate(subject: $b, type: "IS_PARTNER_OF", objects: [$c]) { relationIds } }', { b: b.id, c: c.id });

		const paths = await gql<{ paths: { length: number; entities: { name: string }[]; hops: { predicate: string }[] }[] }>(
			viewer.token,
			'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length entities { name } hops { predicate } } }',
			{ from: c.id, to: a.id }
		);
		expect(paths.data!.paths).toEqual([
			{ length: 2, entities: [{ name: c.name }, { name: b.name }, { name: a.name }], hops: [{ predicate: 'is a partner of' }, { predicate: 'has as customer' }] }
		]);
		const tooLong = await gql(viewer.token, 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 7) { length } }', { from: c.id, to: a.id });
		expect(codeOf(tooLong)).toBe('INVALID_PATH_QUERY');

		const triples = await gql<{ triples: { triples: { p: string; o: { iri: string | null; literal: string | null } }[]; hasMore: boolean } }>(
			viewer.token,
			'query($s: String!) { triples(s: $s, p: "rdfs:label") { triples { s p o { iri literal } } hasMore } }',
			{ s: a.id }
		);
		expect(triples.errors, JSON.stringify(triples.errors)).toBeUndefined();
		expect(triples.data!.triples.triples.map((t) => t.o.literal)).toEqual([a.name]);
	});
});

afterAll(async () => {
	await execute('MATCH (t:ApiToken) WHERE t.name = "integration test" OR t.name STARTS WITH "token " OR t.name = "one too many" DETACH DELETE t');
});
