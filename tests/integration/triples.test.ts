/**
 * The triple store against its own fresh embedded Neo4j loaded with the demo data: the shared
 * integration database is never touched (the round trip at the end empties this one, twice).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { isHttpError } from '@sveltejs/kit';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/sessions';
import type { ImportReport, TripleJson, TriplePage } from '../../src/lib/domain/triples';
import { connect, disconnect } from '../../src/lib/server/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded';
import { migrate } from '../../src/lib/server/db/migrations';
import { loadDemoData } from '../../src/lib/server/app/demo-data';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { relate } from '../../src/lib/server/relations/relate';
import { createTagType, tagEntity } from '../../src/lib/server/relations/tags';
import { irisFor } from '../../src/lib/server/rdf/rdf';
import { quadToJson } from '../../src/lib/server/rdf/rdf-formats';
import { historyOf } from '../../src/lib/server/entities/history';
import { ensureSettings } from '../../src/lib/server/app/settings';
import { GET as getTriples } from '../../src/routes/api/triples/+server';
import { GET as getExport } from '../../src/routes/api/triples/export/+server';
import { POST as postImport } from '../../src/routes/api/triples/import/+server';
import { execute, query } from '../support/db';
import { staff } from '../support/events';
import { agent, organisation } from '../support/fixtures';
import { freePort } from '../support/free-port';

const ORIGIN = 'http://crm.test';
const iris = irisFor(process.env.ORIGIN || ORIGIN);
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

const viewer = staff('viewer');
const writer = staff('agent');
const administrator = staff('admin');

let neo4j: EmbeddedNeo4j | null = null;
let dataDir = '';

/** The four companies of the founding example, by their demo names. */
const demo = { A: '', B: '', C: '', D: '' };
let customTagId = '';

async function idOf(name: string): Promise<string> {
	const [row] = await query<{ id: string }>('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
	return row!.id;
}

/** Tags on top of the demo data, through the same functions as the UI. */
async function decorateDemo(): Promise<void> {
	demo.A = await idOf('Azur Fontaine');
	demo.B = await idOf('Boréal Distribution');
	demo.C = await idOf('Cristal Café');
	demo.D = await idOf('Delta Sources');
	// The demo data relates them already: B customer, C prospect, D competitor (stored as D IS_COMPETITOR_OF A)
	// of A, C prospect of D, and B partner of A (symmetric).
	await tagEntity(demo.B, 'vip', agent);
	await tagEntity(demo.B, 'key-account', agent);
	customTagId = await createTagType({ name: 'Trade fair 2025', nameFr: 'Salon 2025', entityTypes: ['Organisation'], color: '#123456' });
	await tagEntity(demo.C, customTagId, agent);
	await tagEntity(demo.D, 'vip', agent);
}

async function freshDatabase(): Promise<void> {
	await execute('MATCH (n) DETACH DELETE n');
	await migrate();
	await ensureSettings('FR');
}

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'crm-triples-'));
	neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: process.cwd() });
	await connect(neo4j);
	await migrate();
	await ensureSettings('FR');
	// The CRM's own demo graph, without the sales history (its kinds are written by their workflow, not imported).
	await loadDemoData({ sales: false });
	await decorateDemo();
});

afterAll(async () => {
	await disconnect();
	await neo4j?.stop();
	if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const locals = (user: SessionUser | null) => ({ user, session: null, locale: 'en' as const });

/** Calls a handler; SvelteKit's `error()` (401, 403) comes back as a status. */
async function call(handler: (event: never) => unknown, event: object): Promise<Response> {
	try {
		return (await handler(event as never)) as Response;
	} catch (e) {
		if (isHttpError(e)) return new Response(JSON.stringify(e.body), { status: e.status });
		throw e;
	}
}

function get(path: string, accept?: string, user: SessionUser | null = viewer): Promise<Response> {
	const url = new URL(ORIGIN + path);
	return call(getTriples, { url, request: new Request(url, { headers: accept ? { accept } : {} }), locals: locals(user) });
}

function pattern(params: Record<string, string | number>): string {
	return `/api/triples?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

async function page(params: Record<string, string | number>): Promise<TriplePage> {
	const res = await get(pattern(params));
	expect(res.status, await res.clone().text()).toBe(200);
	return (await res.json()) as TriplePage;
}

/** Every triple of a pattern, following the pages. */
async function all(params: Record<string, string | number>, size = 1000): Promise<TripleJson[]> {
	const out: TripleJson[] = [];
	for (let n = 1; ; n++) {
		const p = await page({ ...params, page: n, size });
		out.push(...p.triples);
		if (!p.hasMore) return out;
	}
}

const key = (t: TripleJson) => JSON.stringify([t.s, t.p, t.o]);
const has = (triples: TripleJson[], s: string, p: string, o: TripleJson['o']) => triples.some((t) => key(t) === key({ s, p, o }));

function exportOf(format?: string, user: SessionUser | null = viewer): Promise<Response> {
	const url = new URL(`${ORIGIN}/api/triples/export${format ? `?format=${format}` : ''}`);
	return call(getExport, { url, request: new Request(url), locals: locals(user) });
}

async function importDoc(
	body: string,
	contentType = 'application/n-triples',
	options: { dryRun?: boolean; user?: SessionUser | null } = {}
): Promise<{ status: number; report: ImportReport }> {
	const url = new URL(`${ORIGIN}/api/triples/import${options.dryRun ? '?dryRun=true' : ''}`);
	const request = new Request(url, { method: 'POST', body, headers: { 'content-type': contentType } });
	const res = await call(postImport, { url, request, locals: locals(options.user === undefined ? writer : options.user) });
	return { status: res.status, report: (await res.json()) as ImportReport };
}

function parse(text: string, format: 'Turtle' | 'N-Triples'): TripleJson[] {
	return new Parser({ format }).parse(text).map((q: Quad) => quadToJson(q));
}

/** A flat JSON-LD @graph (our expanded form) back to triples. */
function fromJsonLd(doc: { '@graph': Record<string, unknown>[] }): TripleJson[] {
	const out: TripleJson[] = [];
	for (const node of doc['@graph']) {
		const s = node['@id'] as string;
		for (const type of (node['@type'] as string[] | undefined) ?? []) out.push({ s, p: RDF_TYPE, o: { iri: type } });
		for (const [p, values] of Object.entries(node)) {
			if (p.startsWith('@')) continue;
			for (const v of values as Record<string, string>[]) {
				if (v['@id']) out.push({ s, p, o: { iri: v['@id'] } });
				else {
					const o: TripleJson['o'] = { literal: v['@value']! };
					if (v['@language']) o.lang = v['@language'];
					if (v['@type']) o.datatype = v['@type'];
					out.push({ s, p, o });
				}
			}
		}
	}
	return out;
}

const sorted = (triples: TripleJson[]) => triples.map(key).sort();
const entityCount = async () => (await query<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n'))[0]!.n;
const changeCount = async () => (await query<{ n: number }>('MATCH (c:Change) RETURN count(c) AS n'))[0]!.n;

describe('pattern queries', () => {
	it('s bound (as an id or a full IRI): type, label, properties, tags and relations from its side', async () => {
		const B = iris.entity(demo.B);
		const byId = await all({ s: demo.B });
		expect(has(byId, B, RDF_TYPE, { iri: iris.crm('Organisation') })).toBe(true);
		expect(has(byId, B, RDFS_LABEL, { literal: 'Boréal Distribution' })).toBe(true);
		expect(has(byId, B, iris.crm('phone'), { literal: '+33472734118' })).toBe(true);
		expect(has(byId, B, iris.crm('category'), { literal: 'gold' })).toBe(true);
		expect(has(byId, B, iris.crm('managed'), { literal: 'false', datatype: XSD_BOOLEAN })).toBe(true);
		expect(has(byId, B, iris.crm('tag'), { iri: iris.tag('vip') })).toBe(true);
		expect(has(byId, B, iris.relation('IS_CUSTOMER_OF'), { iri: iris.entity(demo.A) })).toBe(true);
		expect(has(byId, B, iris.relation('IS_PARTNER_OF'), { iri: iris.entity(demo.A) })).toBe(true);
		expect(byId.every((t) => t.s === B)).toBe(true);
		expect(await all({ s: `<${B}>` })).toEqual(byId);
		expect(await all({ s: B })).toEqual(byId);
		// Derived and audit properties stay out.
		expect(byId.some((t) => /sortName|searchText|createdAt|ownerId/.test(t.p))).toBe(false);
	});

	it('both readings of every relation: the object side reads the partner predicate', async () => {
		const fromA = await all({ s: demo.A });
		const A = iris.entity(demo.A);
		expect(has(fromA, A, iris.relation('HAS_AS_CUSTOMER'), { iri: iris.entity(demo.B) })).toBe(true);
		expect(has(fromA, A, iris.relation('HAS_AS_PROSPECT'), { iri: iris.entity(demo.C) })).toBe(true);
		expect(has(fromA, A, iris.relation('HAS_AS_COMPETITOR'), { iri: iris.entity(demo.D) })).toBe(true);
		expect(has(fromA, A, iris.relation('IS_PARTNER_OF'), { iri: iris.entity(demo.B) })).toBe(true);
		const fromD = await all({ s: demo.D });
		expect(has(fromD, iris.entity(demo.D), iris.relation('IS_COMPETITOR_OF'), { iri: A })).toBe(true);
	});

	it('o bound to an entity: every triple pointing at it, read from the other side', async () => {
		const A = iris.entity(demo.A);
		const toA = await all({ o: demo.A });
		expect(toA.length).toBeGreaterThan(4);
		expect(toA.every((t) => 'iri' in t.o && t.o.iri === A)).toBe(true);
		expect(has(toA, iris.entity(demo.B), iris.relation('IS_CUSTOMER_OF'), { iri: A })).toBe(true);
		expect(has(toA, iris.entity(demo.C), iris.relation('IS_PROSPECT_OF'), { iri: A })).toBe(true);
		expect(has(toA, iris.entity(demo.D), iris.relation('IS_COMPETITOR_OF'), { iri: A })).toBe(true);
		expect(has(toA, iris.entity(demo.B), iris.relation('IS_PARTNER_OF'), { iri: A })).toBe(true);
		const [employees] = await query<{ n: number }>('MATCH (:Contact)-[:IS_EMPLOYEE_OF]->(:Entity {id: $id}) RETURN count(*) AS n', { id: demo.A });
		expect(toA.filter((t) => t.p === iris.relation('IS_EMPLOYEE_OF'))).toHaveLength(employees!.n);
	});

	it('p bound to either side of a pair: the same relations, each in its reading', async () => {
		const [stored] = await query<{ n: number }>('MATCH (:Entity)-[r:IS_EMPLOYEE_OF]->(:Entity) RETURN count(r) AS n');
		const employee = await all({ p: 'IS_EMPLOYEE_OF' });
		const employs = await all({ p: iris.relation('EMPLOYS') });
		expect(employee).toHaveLength(stored!.n);
		expect(employs).toHaveLength(stored!.n);
		const reversed = new Set(employs.map((t) => `${(t.o as { iri: string }).iri} ${t.s}`));
		expect(employee.every((t) => reversed.has(`${t.s} ${(t.o as { iri: string }).iri}`))).toBe(true);
		// A symmetric type reads the same from both ends: two triples for each relation.
		const [partnerships] = await query<{ n: number }>('MATCH (:Entity)-[r:IS_PARTNER_OF]->(:Entity) RETURN count(r) AS n');
		const partners = await all({ p: 'IS_PARTNER_OF' });
		expect(partners).toHaveLength(2 * partnerships!.n);
		const read = new Set(partners.map((t) => `${t.s} ${(t.o as { iri: string }).iri}`));
		expect([...read].every((pair) => read.has(pair.split(' ').reverse().join(' ')))).toBe(true);
		expect(read.has(`${iris.entity(demo.A)} ${iris.entity(demo.B)}`) && read.has(`${iris.entity(demo.B)} ${iris.entity(demo.A)}`)).toBe(true);
	});

	it('all three bound: the triple or nothing', async () => {
		expect((await page({ s: demo.C, p: 'IS_PROSPECT_OF', o: demo.D })).triples).toHaveLength(1);
		expect((await page({ s: demo.D, p: 'IS_PROSPECT_OF', o: demo.C })).triples).toHaveLength(0);
		expect((await page({ s: demo.D, p: 'HAS_AS_PROSPECT', o: demo.C })).triples).toHaveLength(1);
		expect((await page({ s: demo.B, p: 'rdfs:label', o: '"Boréal Distribution"' })).triples).toHaveLength(1);
	});

	it('literal, class and tag objects', async () => {
		const overdue = await all({ p: 'crm:status', o: '"payment_overdue"' });
		const [expected] = await query<{ n: number }>("MATCH (o:Organisation {status: 'payment_overdue'}) RETURN count(o) AS n");
		expect(overdue).toHaveLength(expected!.n);
		expect(overdue.length).toBeGreaterThan(0);
		const ours = await all({ p: 'crm:managed', o: '"true"^^xsd:boolean' });
		expect(ours.map((t) => t.s)).toEqual([iris.entity(demo.A)]);
		expect(await all({ o: '"true"' })).toHaveLength(0); // a string is not a boolean
		const byName = await all({ o: '"Cristal Café"' });
		expect(byName).toEqual([{ s: iris.entity(demo.C), p: RDFS_LABEL, o: { literal: 'Cristal Café' } }]);
		const contacts = await all({ p: 'rdf:type', o: 'crm:Contact' });
		const [contactCount] = await query<{ n: number }>('MATCH (c:Contact) WHERE c.deletedAt IS NULL RETURN count(c) AS n');
		expect(contacts).toHaveLength(contactCount!.n);
		const vip = await all({ p: 'crm:tag', o: 'tag:vip' });
		expect(vip.map((t) => t.s).sort()).toEqual([iris.entity(demo.B), iris.entity(demo.D)].sort());
	});

	it('the vocabulary: relation types and tag types are subjects too', async () => {
		const customer = await all({ s: 'rel:IS_CUSTOMER_OF' });
		expect(has(customer, iris.relation('IS_CUSTOMER_OF'), 'http://www.w3.org/2002/07/owl#inverseOf', { iri: iris.relation('HAS_AS_CUSTOMER') })).toBe(true);
		expect(has(customer, iris.relation('IS_CUSTOMER_OF'), RDFS_LABEL, { literal: 'est client de', lang: 'fr' })).toBe(true);
		const custom = await all({ s: iris.tag(customTagId) });
		expect(has(custom, iris.tag(customTagId), RDFS_LABEL, { literal: 'Trade fair 2025', lang: 'en' })).toBe(true);
		expect(has(custom, iris.tag(customTagId), RDF_TYPE, { iri: iris.crm('Tag') })).toBe(true);
		const labelsFr = await all({ p: 'rdfs:label', o: '"a pour prospect"@fr' });
		expect(labelsFr.map((t) => t.s)).toEqual([iris.relation('HAS_AS_PROSPECT')]);
	});

	it('pages in a stable order, whatever the page size', async () => {
		const big = await all({}, 1000);
		expect(big.length).toBeGreaterThan(1000); // so that even size=1000 needs two pages
		expect(new Set(big.map(key)).size).toBe(big.length);
		const small = await all({}, 137);
		expect(small).toEqual(big);
		const second = await page({ page: 2, size: 137 });
		expect(second.triples).toEqual(big.slice(137, 274));
		expect(second).toMatchObject({ page: 2, size: 137, hasMore: true });
		const beyond = await page({ page: 1000, size: 100 });
		expect(beyond).toMatchObject({ triples: [], hasMore: false });
		const first = await get(pattern({ size: 10 }));
		expect(first.headers.get('link')).toContain('page=2');
		expect((await page({})).size).toBe(100);
	});

	it('refuses a bad pattern or page with 400 and a sentence', async () => {
		const bad: Record<string, string | number>[] = [{ size: 1001 }, { size: 0 }, { page: 'x' }, { s: '"a literal"' }, { p: 'not an iri' }, { o: '"unclosed' }];
		for (const params of bad) {
			const res = await get(pattern(params));
			expect(res.status, JSON.stringify(params)).toBe(400);
			expect(((await res.json()) as { message: string }).message).toMatch(/\w+ \w+/);
		}
	});

	it('leaves trashed entities out, as subjects and as objects', async () => {
		const gone = await organisation('Trashed');
		await relate(gone.id, 'IS_CUSTOMER_OF', [demo.A], agent);
		await trashEntity(gone.id, agent);
		expect(await all({ s: gone.id })).toEqual([]);
		expect((await all({ o: demo.A })).some((t) => t.s === iris.entity(gone.id))).toBe(false);
		expect((await all({ s: demo.A })).some((t) => 'iri' in t.o && t.o.iri === iris.entity(gone.id))).toBe(false);
		const exported = await (await exportOf('nt')).text();
		expect(exported).not.toContain(gone.id);
	});
});

describe('formats', () => {
	it('Turtle, N-Triples and JSON-LD hold the same triples as the JSON answer', async () => {
		const params = { s: demo.B };
		const json = (await page({ ...params, size: 1000 })).triples;
		const turtle = await get(pattern(params), 'text/turtle');
		expect(turtle.headers.get('content-type')).toMatch(/^text\/turtle/);
		expect(sorted(parse(await turtle.text(), 'Turtle'))).toEqual(sorted(json));
		const nt = await get(pattern(params), 'application/n-triples');
		expect(nt.headers.get('content-type')).toMatch(/^application\/n-triples/);
		expect(sorted(parse(await nt.text(), 'N-Triples'))).toEqual(sorted(json));
		const ld = await get(pattern(params), 'application/ld+json');
		expect(ld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
		expect(sorted(fromJsonLd(await ld.json()))).toEqual(sorted(json));
		const viaParam = await get(pattern({ ...params, format: 'ttl' }));
		expect(viaParam.headers.get('content-type')).toMatch(/^text\/turtle/);
		const preferred = await get(pattern(params), 'text/turtle;q=0.4, application/n-triples;q=0.9');
		expect(preferred.headers.get('content-type')).toMatch(/^application\/n-triples/);
		expect((await get(pattern(params), 'image/png')).status).toBe(406);
	});

	it('a vocabulary page with language-tagged labels survives every format', async () => {
		const params = { s: 'rel:IS_PROSPECT_OF' };
		const json = (await page(params)).triples;
		expect(sorted(parse(await (await get(pattern(params), 'text/turtle')).text(), 'Turtle'))).toEqual(sorted(json));
		expect(sorted(fromJsonLd(await (await get(pattern(params), 'application/ld+json')).json()))).toEqual(sorted(json));
	});
});

describe('permissions', () => {
	it('reading needs a signed-in user with entity:read; importing needs entity:write', async () => {
		expect((await get(pattern({ s: demo.A }), undefined, null)).status).toBe(401);
		expect((await get(pattern({ s: demo.A }), undefined, viewer)).status).toBe(200);
		expect((await exportOf(undefined, null)).status).toBe(401);
		const refused = await importDoc('', 'application/n-triples', { user: viewer });
		expect(refused.status).toBe(403);
	});
});

describe('import', () => {
	const org = randomUUID();
	const person = randomUUID();
	const doc = () =>
		[
			`<${iris.entity(org)}> <${RDF_TYPE}> <${iris.crm('Organisation')}> .`,
			`<${iris.entity(org)}> <${RDFS_LABEL}> "Imported Water Co" .`,
			`<${iris.entity(org)}> <${iris.crm('phone')}> "04 72 73 41 19" .`,
			`<${iris.entity(org)}> <${iris.crm('city')}> "Lyon" .`,
			`<${iris.entity(org)}> <${iris.crm('tag')}> <${iris.tag('vip')}> .`,
			`<${iris.entity(org)}> <${iris.relation('IS_PROSPECT_OF')}> <${iris.entity(demo.A)}> .`,
			`<${iris.entity(person)}> <${RDF_TYPE}> <${iris.crm('Contact')}> .`,
			`<${iris.entity(person)}> <${iris.crm('firstName')}> "Inès" .`,
			`<${iris.entity(person)}> <${iris.crm('lastName')}> "Importée" .`,
			`<${iris.entity(person)}> <${iris.relation('IS_EMPLOYEE_OF')}> <${iris.entity(org)}> .`,
			// The same relation in its other reading: one relation, counted as skipped.
			`<${iris.entity(org)}> <${iris.relation('EMPLOYS')}> <${iris.entity(person)}> .`
		].join('\n');

	it('a dry run reports what would change and writes nothing', async () => {
		const [entities, changes] = [await entityCount(), await changeCount()];
		const { status, report } = await importDoc(doc(), 'application/n-triples', { dryRun: true });
		expect(status).toBe(200);
		expect(report).toMatchObject({
			dryRun: true,
			entities: { created: 2, updated: 0, unchanged: 0 },
			relations: { created: 2, skipped: 1 },
			tags: { created: 1 },
			errors: []
		});
		expect(await entityCount()).toBe(entities);
		expect(await changeCount()).toBe(changes);
		expect(await query('MATCH (e:Entity {id: $org}) RETURN e', { org })).toHaveLength(0);
	});

	it('imports entities with the ids of their IRIs, their tags and relations, through the same rules', async () => {
		const { status, report } = await importDoc(doc());
		expect(status, JSON.stringify(report.errors)).toBe(200);
		expect(report).toMatchObject({ dryRun: false, entities: { created: 2 }, relations: { created: 2, skipped: 1 }, tags: { created: 1 } });
		const [stored] = await query<{ name: string; phones: string[]; type: string; sortName: string }>(
			'MATCH (e:Entity {id: $org}) RETURN e.name AS name, e.phones AS phones, [l IN labels(e) WHERE l <> "Entity"][0] AS type, e.sortName AS sortName',
			{ org }
		);
		expect(stored).toEqual({ name: 'Imported Water Co', phones: ['+33472734119'], type: 'Organisation', sortName: 'imported water co' });
		const [contact] = await query<{ name: string }>('MATCH (e:Contact {id: $person}) RETURN e.name AS name', { person });
		expect(contact!.name).toBe('Inès Importée');
		const fromA = await all({ s: demo.A, p: 'HAS_AS_PROSPECT' });
		expect(fromA.some((t) => 'iri' in t.o && t.o.iri === iris.entity(org))).toBe(true);
		const history = (await historyOf(org, null)).items;
		expect(history.map((h) => h.action).sort()).toEqual(['created', 'related', 'related', 'tagged']);

		// The same document again changes nothing; a changed value updates the entity.
		const again = await importDoc(doc());
		expect(again.report).toMatchObject({ entities: { created: 0, updated: 0, unchanged: 2 }, relations: { created: 0, skipped: 3 }, tags: { created: 0, unchanged: 1 } });
		const moved = await importDoc(`<${iris.entity(org)}> <${iris.crm('city')}> "Villeurbanne" .`);
		expect(moved.report).toMatchObject({ entities: { updated: 1 } });
		const [city] = await query<{ city: string; name: string }>('MATCH (e:Entity {id: $org}) RETURN e.city AS city, e.name AS name', { org });
		expect(city).toEqual({ city: 'Villeurbanne', name: 'Imported Water Co' });
	});

	it('invalid N-Triples lines are refused with their numbers, and nothing is written', async () => {
		const fresh = randomUUID();
		const text = [
			`<${iris.entity(fresh)}> <${RDF_TYPE}> <${iris.crm('Organisation')}> .`,
			`<${iris.entity(fresh)}> <${RDFS_LABEL}> "Unclosed .`,
			`<${iris.entity(fresh)}> <${iris.crm('city')}> "Lyon" .`,
			`<${iris.entity(fresh)}> crm:status "active" .`
		].join('\n');
		const before = await entityCount();
		const { status, report } = await importDoc(text);
		expect(status).toBe(422);
		expect(report.errors.map((e) => e.line)).toEqual([2, 4]);
		expect(report.errors[0]!.message).toMatch(/^Syntax error/);
		expect(await entityCount()).toBe(before);
	});

	it('a Turtle syntax error is reported with its line', async () => {
		const text = `@prefix crm: <${iris.vocab}> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n<${iris.entity(randomUUID())}> a crm:Organisation ;\n  rdfs:label "Half" ;\n  crm:city "Lyon" "Paris" .\n`;
		const { status, report } = await importDoc(text, 'text/turtle');
		expect(status).toBe(422);
		expect(report.errors).toHaveLength(1);
		expect(report.errors[0]!.line).toBe(6);
	});

	it('semantic errors are each reported with their line; all or nothing', async () => {
		const fine = randomUUID();
		const bad = randomUUID();
		const text = [
			'@prefix crm: <' + iris.vocab + '> .',
			'@prefix rel: <' + iris.base + '/id/relation/> .',
			'@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
			`<${iris.entity(fine)}> a crm:Organisation ;`,
			'  rdfs:label "Would be fine" .',
			`<${iris.entity(bad)}> a crm:Contact ;`,
			'  crm:lastName "Bad phone" ;',
			'  crm:phone "12" ;',
			'  crm:sku "BOT-19" ;',
			'  crm:shoeSize "44" ;',
			`  rel:IS_EMPLOYEE_OF <${iris.entity(randomUUID())}> .`,
			`<http://elsewhere.example/thing> rdfs:label "No type" .`,
			`<${iris.entity(fine)}> rel:NO_SUCH_TYPE <${iris.entity(demo.A)}> .`
		].join('\n');
		const before = await entityCount();
		const { status, report } = await importDoc(text, 'text/turtle');
		expect(status).toBe(422);
		const byLine = report.errors.map((e) => [e.line, e.code]);
		expect(byLine).toEqual(
			expect.arrayContaining([
				[8, 'INVALID_VALUE'],
				[9, 'PROPERTY_NOT_FOR_TYPE'],
				[10, 'UNKNOWN_PREDICATE'],
				[11, 'UNKNOWN_ENTITY'],
				[12, 'ENTITY_WITHOUT_TYPE'],
				[13, 'UNKNOWN_RELATION_TYPE']
			])
		);
		expect(report.errors.find((e) => e.line === 8)!.message).toMatch(/crm:phone: This is not a valid phone number/);
		expect(await entityCount()).toBe(before);
		expect(await query('MATCH (e:Entity {id: $fine}) RETURN e', { fine })).toHaveLength(0);
	});

	it('a relation the types refuse, found once the entities are in, rolls everything back', async () => {
		const first = randomUUID();
		const text = [
			`<${iris.entity(first)}> <${RDF_TYPE}> <${iris.crm('Organisation')}> .`,
			`<${iris.entity(first)}> <${RDFS_LABEL}> "Created then rolled back" .`,
			`<${iris.entity(first)}> <${iris.crm('tag')}> <${iris.tag('key-account')}> .`,
			`<${iris.entity(first)}> <${iris.relation('IS_EMPLOYEE_OF')}> <${iris.entity(demo.B)}> .`
		].join('\n');
		const changes = await changeCount();
		const { status, report } = await importDoc(text);
		expect(status).toBe(422);
		expect(report.errors).toEqual([expect.objectContaining({ line: 4, code: 'SUBJECT_TYPE_NOT_ALLOWED' })]);
		expect(report.errors[0]!.message).toContain('Created then rolled back');
		expect(await query('MATCH (e:Entity {id: $first}) RETURN e', { first })).toHaveLength(0);
		expect(await changeCount()).toBe(changes);
	});

	it('refuses other media types', async () => {
		expect((await importDoc('{}', 'application/json')).status).toBe(415);
	});
});

describe('export and re-import', () => {
	interface Counts {
		entities: Record<string, number>;
		tagged: number;
		tagTypes: number;
		relations: Record<string, number>;
		fingerprint: string[];
	}

	async function counts(): Promise<Counts> {
		const entities = await query<{ type: string; n: number }>(
			"MATCH (e:Entity) WHERE e.deletedAt IS NULL RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS type, count(*) AS n ORDER BY type"
		);
		const [tagged] = await query<{ n: number }>('MATCH (:Entity)-[t:TAGGED]->(:TagType) RETURN count(t) AS n');
		const [tagTypes] = await query<{ n: number }>('MATCH (t:TagType) RETURN count(t) AS n');
		const relations = await query<{ type: string; n: number }>('MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n ORDER BY type');
		const fingerprint = await query<{ f: string }>(
			'MATCH (e:Entity) RETURN e.id + "|" + e.name + "|" + reduce(s = "", p IN coalesce(e.phones, []) | s + p) + "|" + e.sortName AS f ORDER BY f'
		);
		return {
			entities: Object.fromEntries(entities.map((r) => [r.type, r.n])),
			tagged: tagged!.n,
			tagTypes: tagTypes!.n,
			relations: Object.fromEntries(relations.map((r) => [r.type, r.n])),
			fingerprint: fingerprint.map((r) => r.f)
		};
	}

	it('the Turtle export of the demo graph, imported into an empty database, gives the same counts', async () => {
		await freshDatabase();
		await loadDemoData({ sales: false });
		await decorateDemo();
		const before = await counts();

		const res = await exportOf();
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/turtle/);
		expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="crm-\d{4}-\d{2}-\d{2}\.ttl"/);
		const turtle = await res.text();
		const triples = parse(turtle, 'Turtle');
		// Each relation once: the export holds as many relation triples as there are relations.
		const relationTriples = triples.filter((t) => t.p.startsWith(`${iris.base}/id/relation/`) && t.s.includes('/id/entity/'));
		expect(relationTriples).toHaveLength(Object.values(before.relations).reduce((a, b) => a + b, 0));
		// The other formats of the export say the same.
		expect(sorted(parse(await (await exportOf('nt')).text(), 'N-Triples'))).toEqual(sorted(triples));
		expect(sorted(fromJsonLd(await (await exportOf('jsonld')).json()))).toEqual(sorted(triples));

		await freshDatabase();
		expect((await counts()).entities).toEqual({});
		const dry = await importDoc(turtle, 'text/turtle', { dryRun: true, user: administrator });
		expect(dry.status, JSON.stringify(dry.report.errors.slice(0, 5))).toBe(200);
		expect(await entityCount()).toBe(0);

		const { status, report } = await importDoc(turtle, 'text/turtle', { user: administrator });
		expect(status, JSON.stringify(report.errors.slice(0, 5))).toBe(200);
		const after = await counts();
		expect(after.entities).toEqual(before.entities);
		expect(after.tagged).toBe(before.tagged);
		expect(after.tagTypes).toBe(before.tagTypes);
		expect(after.relations).toEqual(before.relations);
		expect(after.fingerprint).toEqual(before.fingerprint);
		expect(report.entities.created).toBe(Object.values(before.entities).reduce((a, b) => a + b, 0));
		expect(report.tags.created).toBe(before.tagged);
		expect(report.tagTypes.created).toBe(1);
		// The founding example's "ours" flag came along (the import was an administrator's).
		expect(await query('MATCH (o:Organisation {managed: true}) RETURN o.name AS name')).toEqual([{ name: 'Azur Fontaine' }]);
		console.log('round trip:', JSON.stringify({ entities: after.entities, tagged: after.tagged, tagTypes: after.tagTypes, relations: after.relations, triples: triples.length, report }));
	});
});
