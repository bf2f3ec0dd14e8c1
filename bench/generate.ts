/**
 * Synthetic graph for the benchmarks: organisations and contacts stored as the product stores them
 * (each with its 'created' history entry), relations of the built-in types with a heavy-tailed degree distribution, our own company with ~20
 * competitors that each court many prospects, and one hub with exactly 1,000 relations.
 *
 * Data generation does not go through the product's code paths (that would take hours at 1M); it
 * writes the same shapes directly, in UNWIND batches of BATCH rows, one transaction per batch.
 * Everything is drawn from a seeded generator, so a regenerated graph is the same graph.
 */
import { readTx, writeTx } from '$lib/server/db/driver';
import { kindOf } from '$lib/kinds/registry';
import { searchText, sortKey } from '$lib/server/entities/search-text';
import { benchCypher } from './cypher';
import { contact, organisation } from './names';
import { chance, int, rng, sample, shuffle, uuid, zipfRank, type Rng } from './random';

/** Bump when the shape of the generated graph changes: older databases are then regenerated. */
export const GENERATOR_VERSION = 4;
const BATCH = 10_000;
const IN_FLIGHT = 2;
const SEED = 20_260_101;
const ALPHA = 0.7; // Zipf exponent of the popularity of relation objects (see random.ts)
const COMPETITORS = 20;
const HUB_RELATIONS = 1_000;
const TRASHED = 0.005;
const OWNERS = 25;
const DAY = 86_400_000;

export interface Marker {
	scale: string;
	version: number;
	seed: number;
	entities: number;
	organisations: number;
	contacts: number;
	relations: number;
	/** History nodes: one 'created' entry per entity (a live relation is its own history entry). */
	changes: number;
	/** JSON: relations per native type. */
	byType: string;
	oursId: string;
	hubId: string;
	competitorIds: string[];
	/** The competitor with the most prospects. */
	topCompetitorId: string;
	/** JSON: prospects per competitor, in competitorIds order. */
	competitorProspects: string;
	/** JSON: degree distribution (relations between entities). */
	degree: string;
	generatedAt: string;
	secondsEntities: number;
	secondsRelations: number;
	secondsTotal: number;
}

interface Relations {
	type: string;
	a: number[];
	b: number[];
}

/** The built-in native types (canonical keys, see cypher/migrations/002_relation_engine.cypher). */
const TYPES = [
	'IS_EMPLOYEE_OF',
	'IS_CUSTOMER_OF',
	'MANAGES',
	'IS_PROSPECT_OF',
	'IS_SUSPECT_OF',
	'IS_INACTIVE_CUSTOMER_OF',
	'HAS_AS_SUBSIDIARY',
	'IS_COMPETITOR_OF',
	'IS_PARTNER_OF'
] as const;
type NativeType = (typeof TYPES)[number];
const SYMMETRIC: ReadonlySet<NativeType> = new Set(['IS_PARTNER_OF']);

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** The plan: who is who, and every relation as (subject index, object index) per native type. */
export function plan(scale: string, entities: number) {
	const r = rng(SEED);
	const orgCount = Math.round(entities * 0.4);
	const contactCount = entities - orgCount;
	const ids = Array.from({ length: entities }, () => uuid(r));
	// Index layout: organisations 0..orgCount-1, contacts after. 0 = ours, 1..20 competitors, 21 = hub.
	const OURS = 0;
	const competitors = Array.from({ length: COMPETITORS }, (_, i) => 1 + i);
	const HUB = COMPETITORS + 1;
	const firstPoolOrg = HUB + 1;
	const poolOrgs = Array.from({ length: orgCount - firstPoolOrg }, (_, i) => firstPoolOrg + i);
	const contacts = Array.from({ length: contactCount }, (_, i) => orgCount + i);
	const trashed = new Uint8Array(entities);
	for (const i of [...poolOrgs, ...contacts]) if (chance(r, TRASHED)) trashed[i] = 1;
	// Popularity order: a random permutation, so hubs are spread over the alphabet and the id space.
	const byPopularity = shuffle(r, [...poolOrgs]);
	const popularOrg = () => byPopularity[zipfRank(r, byPopularity.length, ALPHA)]!;
	const anyOrg = () => poolOrgs[int(r, poolOrgs.length)]!;
	const anyContact = () => contacts[int(r, contacts.length)]!;
	const liveOrgs = poolOrgs.filter((i) => !trashed[i]);
	const liveContacts = contacts.filter((i) => !trashed[i]);

	const rels = new Map<NativeType, Relations>(TYPES.map((t) => [t, { type: t, a: [], b: [] }]));
	const seen = new Set<number>();
	const add = (type: NativeType, a: number, b: number): boolean => {
		if (a === b) return false;
		const t = TYPES.indexOf(type);
		const [x, y] = SYMMETRIC.has(type) && b < a ? [b, a] : [a, b];
		const key = (t * entities + x) * entities + y;
		if (seen.has(key)) return false;
		seen.add(key);
		const list = rels.get(type)!;
		list.a.push(a);
		list.b.push(b);
		return true;
	};
	/** `count` relations, subject and object drawn by the given functions, duplicates redrawn. */
	const many = (type: NativeType, count: number, subject: () => number, object: () => number) => {
		let made = 0;
		for (let tries = 0; made < count && tries < count * 4; tries++) if (add(type, subject(), object())) made++;
	};

	const P = poolOrgs.length;
	// Contacts work somewhere (big employers are hubs); a few have a second employer or none.
	for (const c of contacts) {
		if (chance(r, 0.95)) add('IS_EMPLOYEE_OF', c, popularOrg());
		if (chance(r, 0.08)) add('IS_EMPLOYEE_OF', c, popularOrg());
	}
	many('MANAGES', Math.round(contactCount * 0.03), anyContact, popularOrg);
	// Between organisations: any subject, popular objects.
	many('IS_CUSTOMER_OF', Math.round(P * 0.8), anyOrg, popularOrg);
	many('IS_PROSPECT_OF', Math.round(P * 0.4), anyOrg, popularOrg);
	many('IS_SUSPECT_OF', Math.round(P * 0.1), anyOrg, popularOrg);
	many('IS_INACTIVE_CUSTOMER_OF', Math.round(P * 0.1), anyOrg, popularOrg);
	many('IS_PARTNER_OF', Math.round(P * 0.05), anyOrg, popularOrg);
	many('IS_COMPETITOR_OF', Math.round(P * 0.05), anyOrg, popularOrg);
	many('HAS_AS_SUBSIDIARY', Math.round(P * 0.03), popularOrg, anyOrg);

	// Ours: customers, prospects, suppliers, partners, staff.
	many('IS_CUSTOMER_OF', Math.round(P * 0.02), anyOrg, () => OURS);
	many('IS_PROSPECT_OF', Math.round(P * 0.02), anyOrg, () => OURS);
	many('IS_CUSTOMER_OF', 10, () => OURS, anyOrg);
	many('IS_PARTNER_OF', 5, () => OURS, anyOrg);
	many('IS_EMPLOYEE_OF', Math.max(5, Math.round(contactCount * 0.001)), anyContact, () => OURS);

	// Our competitors and their prospects (and customers): the nested filter's real work. Shares
	// follow 1/i^0.8, so the first competitor has about six times the prospects of the last.
	const weights = competitors.map((_, i) => 1 / (i + 1) ** 0.8);
	const totalWeight = weights.reduce((s, w) => s + w, 0);
	const competitorProspects: number[] = [];
	competitors.forEach((c, i) => {
		add('IS_COMPETITOR_OF', c, OURS);
		if (i > 0 && chance(r, 0.5)) add('IS_COMPETITOR_OF', c, competitors[int(r, i)]!);
		const before = rels.get('IS_PROSPECT_OF')!.a.length;
		many('IS_PROSPECT_OF', Math.round((P * 0.25 * weights[i]!) / totalWeight), anyOrg, () => c);
		competitorProspects.push(rels.get('IS_PROSPECT_OF')!.a.length - before);
		many('IS_CUSTOMER_OF', Math.round((P * 0.1 * weights[i]!) / totalWeight), anyOrg, () => c);
		many('IS_EMPLOYEE_OF', Math.round((contactCount * 0.002 * weights[i]!) / totalWeight) + 3, anyContact, () => c);
	});

	// The hub: exactly 1,000 relations, all with live entities, of every kind, from both sides.
	const hubOrgs = sample(r, liveOrgs.length, 580).map((k) => liveOrgs[k]!);
	const hubContacts = sample(r, liveContacts.length, 420).map((k) => liveContacts[k]!);
	const take = <T>(list: T[], n: number) => list.splice(0, n);
	const hubPlan: [NativeType, number[], boolean][] = [
		// [type, counterparts, hub is the subject]
		['IS_EMPLOYEE_OF', take(hubContacts, 400), false],
		['MANAGES', take(hubContacts, 20), false],
		['IS_CUSTOMER_OF', take(hubOrgs, 250), false],
		['IS_PROSPECT_OF', take(hubOrgs, 150), false],
		['IS_CUSTOMER_OF', take(hubOrgs, 60), true],
		['IS_PARTNER_OF', take(hubOrgs, 40), true],
		['IS_COMPETITOR_OF', take(hubOrgs, 30), false],
		['HAS_AS_SUBSIDIARY', take(hubOrgs, 30), true],
		['IS_SUSPECT_OF', take(hubOrgs, 20), false]
	];
	let hubCount = 0;
	for (const [type, others, hubIsSubject] of hubPlan) {
		for (const o of others) if (hubIsSubject ? add(type, HUB, o) : add(type, o, HUB)) hubCount++;
	}
	if (hubCount !== HUB_RELATIONS) throw new Error(`the hub got ${hubCount} relations instead of ${HUB_RELATIONS}`);

	return {
		scale,
		r,
		ids,
		orgCount,
		contactCount,
		trashed,
		relations: [...rels.values()],
		ours: OURS,
		hub: HUB,
		competitors,
		competitorProspects
	};
}

type Plan = ReturnType<typeof plan>;

function ownerOf(r: Rng): { ownerId: string; ownerName: string } {
	const k = int(r, OWNERS);
	return { ownerId: `bench-user-${k}`, ownerName: `Bench User ${k}` };
}

function entityRow(p: Plan, i: number, now: number) {
	const r = p.r;
	const created = now - int(r, 5 * 365) * DAY - int(r, DAY);
	const updated = Math.min(now, created + (chance(r, 0.5) ? int(r, 365) * DAY : 0));
	const { ownerId, ownerName } = ownerOf(r);
	const deletedAt = p.trashed[i] ? Math.min(now, updated + int(r, 30) * DAY) : null;
	let props;
	const kind = kindOf(i < p.orgCount ? 'Organisation' : 'Contact');
	if (i < p.orgCount) {
		props = organisation(r, i === p.ours ? 'Azur Fontaine' : i === p.hub ? 'Boréal Distribution' : undefined);
		if (i === p.ours) props.managed = true;
	} else {
		props = contact(r);
	}
	return {
		props: { ...props, id: p.ids[i]!, type: kind.type, ownerId, sortName: sortKey(props.name), searchText: searchText(kind, { ...props }) },
		ownerName,
		createdAt: created,
		updatedAt: updated,
		deletedAt
	};
}

class Progress {
	private started = performance.now();
	private last = 0;
	constructor(
		private label: string,
		private total: number,
		private log: (line: string) => void
	) {}
	tick(done: number) {
		const now = performance.now();
		if (done < this.total && now - this.last < 5_000) return;
		this.last = now;
		const rate = Math.round(done / ((now - this.started) / 1000));
		this.log(`${this.label}: ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} (${rate.toLocaleString('en')}/s)`);
	}
}

/**
 * Writes rows in batches of BATCH, one transaction each, with up to IN_FLIGHT transactions at once:
 * on two cores, Node packs the next batch while Neo4j writes the previous one. Deadlocks between
 * two batches touching the same hub are transient errors, which writeTx retries.
 */
async function writeBatches(text: string, rows: (from: number, to: number) => unknown[], total: number, tick: (done: number) => void) {
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < total) {
			const from = next;
			const to = Math.min(total, from + BATCH);
			next = to;
			const batch = rows(from, to);
			await writeTx((tx) => tx.run(text, { rows: batch }));
			done += to - from;
			tick(done);
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

export async function generate(scale: string, entities: number, log: (line: string) => void): Promise<Marker> {
	const t0 = performance.now();
	const p = plan(scale, entities);
	const relationCount = p.relations.reduce((s, l) => s + l.a.length, 0);
	log(
		`plan: ${p.orgCount.toLocaleString('en')} organisations, ${p.contactCount.toLocaleString('en')} contacts, ` +
			`${relationCount.toLocaleString('en')} relations (${seconds(t0)} s)`
	);
	const now = Date.now();

	const tEntities = performance.now();
	const orgProgress = new Progress('organisations', p.orgCount, log);
	await writeBatches(
		benchCypher('create-organisations'),
		(from, to) => Array.from({ length: to - from }, (_, k) => entityRow(p, from + k, now)),
		p.orgCount,
		(n) => orgProgress.tick(n)
	);
	const contactProgress = new Progress('contacts', p.contactCount, log);
	await writeBatches(
		benchCypher('create-contacts'),
		(from, to) => Array.from({ length: to - from }, (_, k) => entityRow(p, p.orgCount + from + k, now)),
		p.contactCount,
		(n) => contactProgress.tick(n)
	);
	const secondsEntities = seconds(tEntities);

	const tRelations = performance.now();
	const progress = new Progress('relations', relationCount, log);
	let done = 0;
	const byType: Record<string, number> = {};
	for (const list of p.relations) {
		byType[list.type] = list.a.length;
		const text = benchCypher('create-relations').replaceAll('__TYPE__', list.type);
		await writeBatches(
			text,
			(from, to) =>
				Array.from({ length: to - from }, (_, k) => {
					const i = from + k;
					const { ownerId } = ownerOf(p.r);
					return {
						a: p.ids[list.a[i]!]!,
						b: p.ids[list.b[i]!]!,
						at: now - int(p.r, 3 * 365) * DAY - int(p.r, DAY),
						by: ownerId,
						since: chance(p.r, 0.1) ? `20${10 + int(p.r, 15)}-0${1 + int(p.r, 9)}-1${int(p.r, 10)}` : null
					};
				}),
			list.a.length,
			(n) => progress.tick(done + n)
		);
		done += list.a.length;
	}
	const secondsRelations = seconds(tRelations);

	log('degree distribution…');
	const [degree] = await readTx((tx) => tx.run<Record<string, unknown>>(benchCypher('degree-stats')));
	const prospects = p.competitors.map((c, i) => ({ c, n: p.competitorProspects[i]! }));
	const top = prospects.reduce((best, x) => (x.n > best.n ? x : best));
	const marker: Marker = {
		scale,
		version: GENERATOR_VERSION,
		seed: SEED,
		entities,
		organisations: p.orgCount,
		contacts: p.contactCount,
		relations: relationCount,
		changes: entities,
		byType: JSON.stringify(byType),
		oursId: p.ids[p.ours]!,
		hubId: p.ids[p.hub]!,
		competitorIds: p.competitors.map((c) => p.ids[c]!),
		topCompetitorId: p.ids[top.c]!,
		competitorProspects: JSON.stringify(p.competitorProspects),
		degree: JSON.stringify(degree),
		generatedAt: new Date().toISOString(),
		secondsEntities,
		secondsRelations,
		secondsTotal: seconds(t0)
	};
	await writeTx((tx) => tx.run(benchCypher('marker-write'), { marker }));
	return marker;
}
