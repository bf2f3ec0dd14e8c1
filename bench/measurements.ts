/**
 * The measurements, each through the product's own code path (relate, relateMany, relationsOf,
 * runFilter), plus hand-written Cypher baselines measured in the same run so ratios are visible.
 */
import { DomainError } from '$lib/domain/errors';
import type { FilterNode } from '$lib/domain/filters';
import type { ListQuery } from '$lib/domain/entities';
import { randomUUID } from 'node:crypto';
import { readTx, writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { relate, relateMany } from '$lib/server/relations/relate';
import { countFilter, runFilter } from '$lib/server/relations/filters';
import { relationsOf } from '$lib/server/relations/relations';
import { summaries } from '$lib/server/entities/summaries';
import { egoNetwork } from '$lib/server/explorer/network';
import { shortestPaths } from '$lib/server/explorer/graph-paths';
import { MAX_GRAPH_NODES } from '$lib/domain/graph';
import { benchCypher } from './cypher';
import type { Marker } from './generate';
import { int, rng, type Rng } from './random';
import { measure, summarise, type Summary } from './stats';

export const MEASUREMENT_GROUPS = ['hub', 'filter', 'explore', 'relate', 'bulk'] as const;
export type Group = (typeof MEASUREMENT_GROUPS)[number];

export interface Target {
	/** What is compared: a latency percentile (ms, at most) or a throughput (relations/s, at least). */
	metric: 'p95' | 'throughput';
	limit: number;
	/** The targets are stated for one scale (the filter: 1M); elsewhere they are indicative. */
	scale?: string;
}

export interface Measurement {
	id: string;
	group: Group;
	label: string;
	/** What was called, for the reader: "relate() — src/lib/server/relations/relate.ts". */
	path: string;
	latency?: Summary;
	/** Relations per second over all measured batches. */
	throughput?: number;
	relations?: number;
	target?: Target;
	met?: boolean;
	notes: string[];
	measuredAt: string;
	command: string;
}

export interface Context {
	scale: string;
	marker: Marker;
	actor: Actor;
	samples: number;
	log: (line: string) => void;
	command: string;
	/** Live organisations and contacts, without ours, its competitors and the hub. */
	orgs: string[];
	contacts: string[];
}

const TARGETS = {
	relate: { metric: 'p95', limit: 20 },
	hub: { metric: 'p95', limit: 50 },
	filter: { metric: 'p95', limit: 200, scale: '1M' },
	ego: { metric: 'p95', limit: 50, scale: '1M' },
	path: { metric: 'p95', limit: 100, scale: '1M' },
	bulk: { metric: 'throughput', limit: 20_000 }
} as const satisfies Record<string, Target>;

function judge(m: Omit<Measurement, 'met'>): Measurement {
	if (!m.target) return m;
	const value = m.target.metric === 'throughput' ? m.throughput : m.latency?.p95;
	if (value === undefined) return m;
	const met = m.target.metric === 'throughput' ? value >= m.target.limit : value <= m.target.limit;
	return { ...m, met };
}

const now = () => new Date().toISOString();

// ---------------------------------------------------------------------------------------------
// hub relations block

export async function hubBlock(ctx: Context): Promise<Measurement[]> {
	const out: Measurement[] = [];
	let count = 0;
	const { samples } = await measure(
		async () => {
			count = (await relationsOf(ctx.marker.hubId, null)).length;
		},
		{ warmup: 30, samples: ctx.samples }
	);
	out.push(
		judge({
			id: 'hub.block',
			group: 'hub',
			label: `relations block of the hub (${count} relations)`,
			path: 'relationsOf(hubId, null) — src/lib/server/relations/relations.ts, cypher/relations/of-entity.cypher',
			latency: summarise(samples),
			target: TARGETS.hub,
			notes: count === 1000 ? [] : [`expected 1,000 relations, got ${count}`],
			measuredAt: now(),
			command: ctx.command
		})
	);

	// For information: the busiest competitor, which has many more relations than the hub.
	let big = 0;
	const bigRun = await measure(
		async () => {
			big = (await relationsOf(ctx.marker.topCompetitorId, null)).length;
		},
		{ warmup: 3, samples: Math.min(ctx.samples, 100), budgetMs: 30_000, minSamples: 10 }
	);
	out.push({
		id: 'hub.top-competitor',
		group: 'hub',
		label: `relations block of the busiest competitor (${big.toLocaleString('en')} relations, no target)`,
		path: 'relationsOf(topCompetitorId, null)',
		latency: summarise(bigRun.samples),
		notes: [],
		measuredAt: now(),
		command: ctx.command
	});
	return out;
}

// ---------------------------------------------------------------------------------------------
// nested filter

/** "Organisations that are prospects of a competitor of ours", as the filter editor builds it. */
const PROSPECTS_OF_COMPETITORS: FilterNode = {
	kind: 'group',
	op: 'and',
	items: [
		{
			kind: 'relation',
			negate: false,
			type: 'IS_PROSPECT_OF',
			target: {
				kind: 'filter',
				entityType: 'Organisation',
				filter: {
					kind: 'relation',
					negate: false,
					type: 'IS_COMPETITOR_OF',
					target: { kind: 'filter', entityType: 'Organisation', filter: { kind: 'field', field: 'managed', value: 'true' } }
				}
			}
		}
	]
};

const FIRST_PAGE: ListQuery = { q: '', sort: 'name', dir: 'asc', page: 1, size: 25 };

export async function nestedFilter(ctx: Context): Promise<Measurement[]> {
	const out: Measurement[] = [];
	const budget = { warmup: 5, samples: Math.min(ctx.samples, 100), budgetMs: 60_000, minSamples: 20 };

	// The baseline first: it gives the exact answer the product's rows are compared with.
	let baseIds: string[] = [];
	let baseTotal = 0;
	const total = await measure(async () => {
		await readTx(async (tx) => {
			const [row] = await tx.run<{ total: number; page: string[] }>(benchCypher('filter-baseline-total'), {
				skip: 0,
				limit: FIRST_PAGE.size
			});
			baseTotal = row?.total ?? 0;
			baseIds = row?.page ?? [];
			if (baseIds.length) await summaries(tx, baseIds, null);
		});
	}, budget);

	// The product: the first page (a common answer walks the name index; its total may be left null)…
	let productIds: string[] = [];
	let productTotal: number | null = null;
	const page = await measure(async () => {
		const result = await runFilter('Organisation', PROSPECTS_OF_COMPETITORS, FIRST_PAGE, null);
		productIds = result.items.map((i) => i.id);
		productTotal = result.total;
	}, budget);
	const inCommon = (ids: string[]) => {
		const set = new Set(baseIds);
		return ids.filter((id) => set.has(id)).length;
	};
	const sameNames = inCommon(productIds);
	out.push(
		judge({
			id: 'filter.product',
			group: 'filter',
			label: `prospects of competitors of ours, first page of 25 (${baseTotal.toLocaleString('en')} matches)`,
			path: 'runFilter(\'Organisation\', filter, {sort: \'name\', page: 1, size: 25}) — src/lib/server/relations/filters.ts, filter-compiler.ts, cypher/filters/',
			latency: summarise(page.samples),
			target: TARGETS.filter,
			notes: [
				productTotal === null ? 'total left to countFilter (row below)' : `total ${productTotal} in the same call`,
				`${sameNames}/${baseIds.length} rows in common with the exact answer's first page${sameNames === baseIds.length ? '' : ' (ties in sortName may order differently)'}`
			],
			measuredAt: now(),
			command: ctx.command
		})
	);

	// …and its total, which the page asks for separately when the first page left it out.
	let counted = 0;
	const count = await measure(async () => {
		counted = await countFilter('Organisation', PROSPECTS_OF_COMPETITORS, FIRST_PAGE, null);
	}, budget);
	out.push({
		id: 'filter.count',
		group: 'filter',
		label: 'the same filter, its total (counted apart, no target)',
		path: 'countFilter(\'Organisation\', filter, query) — src/lib/server/relations/filters.ts, cypher/filters/count.cypher',
		latency: summarise(count.samples),
		notes: [counted === baseTotal ? 'same total as the baseline' : `DIFFERS from the baseline: ${counted} vs ${baseTotal}`],
		measuredAt: now(),
		command: ctx.command
	});

	out.push({
		id: 'filter.baseline-total',
		group: 'filter',
		label: 'baseline: hand-written Cypher, every match sorted (total + first page + summaries)',
		path: 'bench/cypher/filter-baseline-total.cypher',
		latency: summarise(total.samples),
		notes: [],
		measuredAt: now(),
		command: ctx.command
	});

	// Baseline 2: first page only, walking the name index and stopping at 25 matches.
	let pageIds: string[] = [];
	const walk = await measure(async () => {
		await readTx(async (tx) => {
			const rows = await tx.run<{ id: string }>(benchCypher('filter-baseline-page'), { limit: FIRST_PAGE.size });
			pageIds = rows.map((r) => r.id);
			if (pageIds.length) await summaries(tx, pageIds, null);
		});
	}, budget);
	out.push({
		id: 'filter.baseline-page',
		group: 'filter',
		label: 'baseline: first page only, no total (name-index order, stops at 25)',
		path: 'bench/cypher/filter-baseline-page.cypher',
		latency: summarise(walk.samples),
		notes: [`${inCommon(pageIds)}/${baseIds.length} rows in common with the exact answer's first page`],
		measuredAt: now(),
		command: ctx.command
	});
	return out;
}

// ---------------------------------------------------------------------------------------------
// graph explorer: the ego network of the hub, shortest paths between entities 4 relations apart

/** Up to `count` pairs whose shortest connection (as the product finds it) is exactly 4 relations. */
async function pairsFourApart(ctx: Context, count: number): Promise<{ from: string; to: string }[]> {
	const r: Rng = rng(12345);
	const pairs: { from: string; to: string }[] = [];
	for (let tries = 0; pairs.length < count && tries < count * 20; tries++) {
		const startId = ctx.contacts[int(r, ctx.contacts.length)]!;
		const [row] = await readTx((tx) =>
			tx.run<{ ids: string[] }>(benchCypher('four-hops-candidates'), { startId, within: 20_000, wanted: 20 })
		);
		const ids = row?.ids ?? [];
		if (ids.length === 0) continue;
		const to = ids[int(r, ids.length)]!;
		const [path] = await shortestPaths(startId, to, null, { maxLength: 4, limit: 1 });
		if (path?.length === 4) pairs.push({ from: startId, to });
	}
	return pairs;
}

export async function explore(ctx: Context): Promise<Measurement[]> {
	const out: Measurement[] = [];
	let reached = 0;
	let edges = 0;
	const ego = await measure(
		async () => {
			const graph = await egoNetwork({ id: ctx.marker.hubId, depth: 1, relationTypes: [], limit: MAX_GRAPH_NODES }, null);
			reached = graph.nodes.length;
			edges = graph.edges.length;
		},
		{ warmup: 20, samples: ctx.samples }
	);
	out.push(
		judge({
			id: 'explore.ego',
			group: 'explore',
			label: `ego network of the hub, depth 1 (${reached.toLocaleString('en')} entities, ${edges.toLocaleString('en')} relations)`,
			path: 'egoNetwork({id: hubId, depth: 1}, null) — GET /api/graph/ego; src/lib/server/explorer/network.ts, cypher/graph/ego.cypher + describe.cypher',
			latency: summarise(ego.samples),
			target: TARGETS.ego,
			notes: [],
			measuredAt: now(),
			command: ctx.command
		})
	);

	let truncated = false;
	const wide = await measure(
		async () => {
			const graph = await egoNetwork({ id: ctx.marker.hubId, depth: 2, relationTypes: [], limit: MAX_GRAPH_NODES }, null);
			reached = graph.nodes.length;
			edges = graph.edges.length;
			truncated = graph.truncated;
		},
		{ warmup: 3, samples: Math.min(ctx.samples, 100), budgetMs: 30_000, minSamples: 10 }
	);
	out.push({
		id: 'explore.ego-2',
		group: 'explore',
		label: `ego network of the hub, depth 2 (${reached.toLocaleString('en')} entities${truncated ? ', truncated' : ''}, ${edges.toLocaleString('en')} relations; no target)`,
		path: 'egoNetwork({id: hubId, depth: 2}, null)',
		latency: summarise(wide.samples),
		notes: [],
		measuredAt: now(),
		command: ctx.command
	});

	const pairs = await pairsFourApart(ctx, 20);
	if (pairs.length === 0) {
		ctx.log('no pair 4 relations apart found: shortest-path measurement left out');
		return out;
	}
	// As the explorer asks by default (4 hops at most, 3 paths), then with the longest bound allowed.
	for (const maxLength of [4, 6]) {
		let found = 0;
		const paths = await measure(
			async (i) => {
				const pair = pairs[i % pairs.length]!;
				found = (await shortestPaths(pair.from, pair.to, null, { maxLength, limit: 3 })).length;
			},
			{ warmup: 10, samples: Math.min(ctx.samples, 200), budgetMs: 60_000, minSamples: 20 }
		);
		const measurement = {
			id: maxLength === 4 ? 'explore.path' : 'explore.path-6',
			group: 'explore' as const,
			label: `shortest paths between two entities 4 relations apart, at most ${maxLength} hops, up to 3 paths (${pairs.length} pairs in turn${maxLength === 4 ? '' : '; no target'})`,
			path: `shortestPaths(from, to, null, {maxLength: ${maxLength}, limit: 3}) — GET /api/graph/paths; src/lib/server/explorer/graph-paths.ts, cypher/graph/shortest-paths.cypher + paths-*.cypher`,
			latency: summarise(paths.samples),
			notes: [`the last call found ${found} path(s)`],
			measuredAt: now(),
			command: ctx.command
		};
		out.push(maxLength === 4 ? judge({ ...measurement, target: TARGETS.path }) : measurement);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// single relate

interface Kind {
	key: string;
	subject: 'org' | 'contact';
}

/** A mix of what users do: canonical and inverse sides, a symmetric type, contacts to organisations. */
const KINDS: readonly Kind[] = [
	{ key: 'IS_CUSTOMER_OF', subject: 'org' },
	{ key: 'HAS_AS_PROSPECT', subject: 'org' },
	{ key: 'IS_PARTNER_OF', subject: 'org' },
	{ key: 'IS_EMPLOYEE_OF', subject: 'contact' },
	{ key: 'MANAGES', subject: 'contact' }
];

const isDuplicate = (e: unknown) => e instanceof DomainError && e.code === 'DUPLICATE';

export async function singleRelate(ctx: Context): Promise<Measurement[]> {
	const r: Rng = rng(Date.now() & 0x7fffffff);
	const pick = (list: string[]) => list[int(r, list.length)]!;
	const once = async (i: number) => {
		const kind = KINDS[i % KINDS.length]!;
		const subject = pick(kind.subject === 'org' ? ctx.orgs : ctx.contacts);
		const object = pick(ctx.orgs);
		if (subject === object) return false;
		try {
			await relate(subject, kind.key, [object], ctx.actor);
		} catch (e) {
			if (isDuplicate(e)) return false;
			throw e;
		}
	};
	const main = await measure(once, { warmup: 30, samples: Math.max(300, ctx.samples) });
	const out: Measurement[] = [
		judge({
			id: 'relate.single',
			group: 'relate',
			label: 'single relate, random fresh pair (5 side types in turn)',
			path: 'relate(subjectId, sideKey, [objectId], actor) — src/lib/server/relations/relate.ts, cypher/relations/relate.cypher',
			latency: summarise(main.samples),
			target: TARGETS.relate,
			notes: main.skipped ? [`${main.skipped} pairs were already related and were redrawn`] : [],
			measuredAt: now(),
			command: ctx.command
		})
	];

	// Onto the busiest competitor: the duplicate check and the locks meet a dense node.
	const onto = await measure(
		async () => {
			try {
				await relate(pick(ctx.orgs), 'IS_PROSPECT_OF', [ctx.marker.topCompetitorId], ctx.actor);
			} catch (e) {
				if (isDuplicate(e)) return false;
				throw e;
			}
		},
		{ warmup: 10, samples: 100 }
	);
	const prospects = (JSON.parse(ctx.marker.competitorProspects) as number[]).reduce((a, b) => Math.max(a, b), 0);
	out.push(
		judge({
			id: 'relate.onto-hub',
			group: 'relate',
			label: `single relate onto the busiest competitor (${prospects.toLocaleString('en')} prospects)`,
			path: "relate(randomOrg, 'IS_PROSPECT_OF', [topCompetitorId], actor)",
			latency: summarise(onto.samples),
			target: TARGETS.relate,
			notes: onto.skipped ? [`${onto.skipped} pairs were already related and were redrawn`] : [],
			measuredAt: now(),
			command: ctx.command
		})
	);
	return out;
}

// ---------------------------------------------------------------------------------------------
// bulk relate

const BULK_KEY = 'IS_SUSPECT_OF';

/** Fresh random organisation pairs, none related by BULK_KEY yet, none repeated. */
async function freshPairs(ctx: Context, r: Rng, count: number, used: Set<string>) {
	const pairs: { subjectId: string; objectId: string }[] = [];
	while (pairs.length < count) {
		const want = count - pairs.length;
		const candidates: { subjectId: string; objectId: string }[] = [];
		for (let k = 0; k < want * 1.05 + 10; k++) {
			const subjectId = ctx.orgs[int(r, ctx.orgs.length)]!;
			const objectId = ctx.orgs[int(r, ctx.orgs.length)]!;
			const key = `${subjectId}|${objectId}`;
			if (subjectId === objectId || used.has(key)) continue;
			used.add(key);
			candidates.push({ subjectId, objectId });
		}
		const existing = await readTx((tx) =>
			tx.run<{ subjectId: string; objectId: string }>(benchCypher('existing-pairs').replaceAll('__TYPE__', BULK_KEY), {
				pairs: candidates
			})
		);
		const taken = new Set(existing.map((p) => `${p.subjectId}|${p.objectId}`));
		for (const c of candidates) if (!taken.has(`${c.subjectId}|${c.objectId}`) && pairs.length < count) pairs.push(c);
	}
	return pairs;
}

export async function bulkRelate(ctx: Context): Promise<Measurement[]> {
	const r: Rng = rng((Date.now() + 1) & 0x7fffffff);
	const used = new Set<string>();
	const out: Measurement[] = [];
	const total = ctx.marker.entities >= 100_000 ? 50_000 : 10_000;
	for (const size of [1_000, 5_000]) {
		const batches = Math.max(2, Math.round(total / size));
		const warm = await freshPairs(ctx, r, size, used);
		await relateMany(BULK_KEY, warm, ctx.actor);
		const work = [];
		for (let b = 0; b < batches; b++) work.push({ product: await freshPairs(ctx, r, size, used), bare: await freshPairs(ctx, r, size, used) });
		// Interleaved with the product's calls: the same number of relationships written with no check.
		const times: number[] = [];
		const bareTimes: number[] = [];
		for (const pairs of work) {
			let t = performance.now();
			await relateMany(BULK_KEY, pairs.product, ctx.actor);
			times.push(performance.now() - t);
			const items = pairs.bare.map((p) => ({ ...p, relationId: randomUUID() }));
			t = performance.now();
			await writeTx((tx) => tx.run(benchCypher('bare-create'), { items, actorId: ctx.actor.id }));
			bareTimes.push(performance.now() - t);
		}
		const rate = (ms: number[]) => Math.round((size * batches) / (ms.reduce((s, x) => s + x, 0) / 1000));
		const throughput = rate(times);
		ctx.log(`bulk ${size}/call: ${throughput.toLocaleString('en')} relations/s (a bare CREATE: ${rate(bareTimes).toLocaleString('en')}/s)`);
		out.push(
			judge({
				id: `bulk.${size}`,
				group: 'bulk',
				label: `bulk relate, ${size.toLocaleString('en')} pairs per call × ${batches} calls (time per call below)`,
				path: `relateMany('${BULK_KEY}', pairs, actor) — src/lib/server/relations/relate.ts`,
				latency: summarise(times),
				throughput,
				relations: size * batches,
				target: TARGETS.bulk,
				notes: [],
				measuredAt: now(),
				command: ctx.command
			})
		);
		out.push({
			id: `bulk.bare-${size}`,
			group: 'bulk',
			label: `baseline: bare CREATE of ${size.toLocaleString('en')} relationships per transaction, no check (× ${batches})`,
			path: 'bench/cypher/bare-create.cypher',
			latency: summarise(bareTimes),
			throughput: rate(bareTimes),
			relations: size * batches,
			notes: [],
			measuredAt: now(),
			command: ctx.command
		});
	}
	return out;
}
