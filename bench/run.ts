/**
 * npm run bench [-- --scales 10k,100k,1M] [--only hub,filter,explore,relate,bulk] [--regenerate] [--generate-only]
 *                [--samples N] [--max-load L] [--wait MINUTES]
 *
 * For each scale: an embedded Neo4j in .data/bench-<scale> (generated once, reused after), the
 * product's migrations, then the measurements through the product's own code. Prints a table,
 * keeps the raw JSON in .data/bench-results/ and rewrites the relation-engine part of BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { cleanup, DATA, dataDirOf, open, pools, readMarker, RESULTS, ROOT } from './db';
import { generate, GENERATOR_VERSION } from './generate';
import { machine, type Machine } from './machine';
import {
	bulkRelate,
	explore,
	hubBlock,
	MEASUREMENT_GROUPS,
	nestedFilter,
	singleRelate,
	type Context,
	type Group,
	type Measurement
} from './measurements';
import { bytes, terminalTable, writeBenchmarksMd, type ScaleResult } from './report';
import { SCALES, type Scale } from './scales';

const LATEST = join(RESULTS, 'latest.json');

interface Options {
	scales: Scale[];
	only: Group[];
	regenerate: boolean;
	/** Generate the graphs (when needed) and stop: no measurements. */
	generateOnly: boolean;
	samples: number;
	/** Wait (up to waitMinutes) for the 1-minute load average to fall below this before measuring. */
	maxLoad: number;
	waitMinutes: number;
}

function usage(message: string): never {
	console.error(`${message}
usage: npm run bench [-- --scales ${SCALES.map((s) => s.name).join(',')}] [--only ${MEASUREMENT_GROUPS.join(',')}]
                       [--regenerate] [--generate-only] [--samples N] [--max-load L] [--wait MINUTES]`);
	process.exit(2);
}

function parseArgs(argv: string[]): Options {
	const cores = availableParallelism();
	const opts: Options = {
		scales: [...SCALES],
		only: [...MEASUREMENT_GROUPS],
		regenerate: false,
		generateOnly: false,
		samples: 300,
		maxLoad: Math.max(1, cores * 0.75),
		waitMinutes: 10
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
		const list = () => value().split(',').map((v) => v.trim()).filter(Boolean);
		switch (flag) {
			case '--scales':
				opts.scales = list().map(
					(name) => SCALES.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? usage(`unknown scale "${name}"`)
				);
				break;
			case '--only':
				opts.only = list().map((g) => (MEASUREMENT_GROUPS as readonly string[]).includes(g) ? (g as Group) : usage(`unknown measurement "${g}"`));
				break;
			case '--regenerate':
				opts.regenerate = true;
				break;
			case '--generate-only':
				opts.generateOnly = true;
				break;
			case '--max-load':
				opts.maxLoad = Number(value());
				if (!(opts.maxLoad > 0)) usage('--max-load needs a positive number');
				break;
			case '--wait':
				opts.waitMinutes = Number(value());
				if (!(opts.waitMinutes >= 0)) usage('--wait needs a number of minutes ≥ 0');
				break;
			case '--samples':
				opts.samples = Number(value());
				if (!Number.isInteger(opts.samples) || opts.samples < 20) usage('--samples needs a whole number ≥ 20');
				break;
			case '--help':
			case '-h':
				usage('Benchmarks of the relation engine.');
				break;
			default:
				usage(`unknown argument "${arg}"`);
		}
	}
	return opts;
}

/**
 * These machines are shared: a test suite running next to the benchmark doubles its latencies.
 * Waits until the 1-minute load average is below `maxLoad` (or `minutes` have passed), and says so.
 */
async function waitForQuiet(log: (line: string) => void, maxLoad: number, minutes: number): Promise<void> {
	const deadline = Date.now() + minutes * 60_000;
	let told = false;
	while (loadavg()[0]! > maxLoad && Date.now() < deadline) {
		if (!told) log(`load average ${loadavg()[0]!.toFixed(2)} > ${maxLoad}: waiting up to ${minutes} min for a quieter machine…`);
		told = true;
		await new Promise((r) => setTimeout(r, 10_000));
	}
	if (told) log(`load average now ${loadavg()[0]!.toFixed(2)}${loadavg()[0]! > maxLoad ? ' (gave up waiting; numbers will be noisier)' : ''}`);
}

/** The commit measured, with "+local changes" when the working tree differs from it. */
function revision(): string {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'cypher'], { cwd: ROOT, encoding: 'utf8' }).trim();
		return dirty ? `${sha} + local changes in src/ or cypher/` : sha;
	} catch {
		return 'unknown';
	}
}

function diskBytes(dir: string): number {
	try {
		return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
	} catch {
		return NaN;
	}
}

const stamp = () => new Date().toISOString().slice(11, 19);
const logger = (scale: string) => (line: string) => console.log(`${stamp()} [${scale}] ${line}`);

async function runScale(scale: Scale, opts: Options, command: string, host: Machine): Promise<ScaleResult | null> {
	const log = logger(scale.name);
	const dataDir = dataDirOf(scale);
	if (opts.regenerate && existsSync(dataDir)) {
		log(`--regenerate: removing ${dataDir}`);
		rmSync(dataDir, { recursive: true, force: true });
	}
	log(`starting Neo4j (heap ${scale.heap}, page cache ${scale.pageCache}, data in ${dataDir})`);
	let db = await open(scale, dataDir, log);
	try {
		let { marker, anyEntity } = await readMarker();
		let thisRun = false;
		if (!marker || marker.version !== GENERATOR_VERSION || marker.scale !== scale.name) {
			if (marker || anyEntity) {
				log(
					marker
						? `graph of generator v${marker.version} (now v${GENERATOR_VERSION}): rebuilding`
						: 'incomplete graph (no marker: an earlier generation was interrupted): rebuilding'
				);
				await db.stop();
				rmSync(dataDir, { recursive: true, force: true });
				db = await open(scale, dataDir, log);
			}
			log(`generating ${scale.entities.toLocaleString('en')} entities…`);
			marker = await generate(scale.name, scale.entities, log);
			log(`generated in ${marker.secondsTotal} s (entities ${marker.secondsEntities} s, relations ${marker.secondsRelations} s)`);
			thisRun = true;
		} else {
			log(`reusing the graph generated on ${marker.generatedAt} (${marker.relations.toLocaleString('en')} relations)`);
		}

		await cleanup(log);
		if (opts.generateOnly) return null;
		await waitForQuiet(log, opts.maxLoad, opts.waitMinutes);
		const loadBefore = loadavg();
		const pool = await pools(marker);
		const ctx: Context = {
			scale: scale.name,
			marker,
			actor: { id: `bench:${new Date().toISOString()}`, role: 'admin' },
			samples: opts.samples,
			log,
			command,
			orgs: pool.orgs,
			contacts: pool.contacts
		};

		const measurements: Measurement[] = [];
		const steps: [Group, (ctx: Context) => Promise<Measurement[]>][] = [
			// reads first, on the graph exactly as generated; then the writes
			['hub', hubBlock],
			['filter', nestedFilter],
			['explore', explore],
			['relate', singleRelate],
			['bulk', bulkRelate]
		];
		for (const [group, run] of steps) {
			if (!opts.only.includes(group)) continue;
			log(`${group}…`);
			const found = await run(ctx);
			for (const m of found) {
				const l = m.latency;
				log(
					`  ${m.label}: ${l ? `p50 ${l.p50} ms, p95 ${l.p95} ms (n=${l.n})` : 'no samples'}` +
						`${m.throughput ? `, ${m.throughput.toLocaleString('en')} relations/s` : ''}${m.met === undefined ? '' : m.met ? ' [target met]' : ' [target NOT met]'}`
				);
			}
			measurements.push(...found);
		}
		await cleanup(log);

		const degree = JSON.parse(marker.degree) as Record<string, unknown>;
		return {
			scale: scale.name,
			heap: scale.heap,
			pageCache: scale.pageCache,
			entities: marker.entities,
			organisations: marker.organisations,
			contacts: marker.contacts,
			relations: marker.relations,
			changes: marker.changes,
			byType: JSON.parse(marker.byType) as Record<string, number>,
			degree,
			competitorProspects: JSON.parse(marker.competitorProspects) as number[],
			generation: {
				seconds: marker.secondsTotal,
				secondsEntities: marker.secondsEntities,
				secondsRelations: marker.secondsRelations,
				at: marker.generatedAt,
				thisRun
			},
			diskBytes: NaN,
			load: { before: loadBefore.map((x) => Math.round(x * 100) / 100), after: loadavg().map((x) => Math.round(x * 100) / 100) },
			measurements,
			command,
			revision: revision(),
			measuredAt: new Date().toISOString(),
			machine: host
		};
	} finally {
		await db.stop();
	}
}

interface Latest {
	scales: Record<string, ScaleResult>;
}

/** A partial run (--only) replaces only the measurements it made; the others stay from earlier runs. */
function merge(previous: ScaleResult | undefined, current: ScaleResult, only: Group[]): ScaleResult {
	if (!previous) return current;
	const kept = previous.measurements.filter((m) => !only.includes(m.group));
	const order = (m: Measurement) => MEASUREMENT_GROUPS.indexOf(m.group);
	const measurements = [...kept, ...current.measurements].sort((a, b) => order(a) - order(b));
	return { ...current, measurements };
}

async function main() {
	// tsx turns source-mapped stack traces on, and neo4j-driver captures a stack trace for every query:
	// mapping it costs the runner CPU that the built app (node build, no source maps) never spends.
	process.setSourceMapsEnabled(false);
	const opts = parseArgs(process.argv.slice(2));
	const args = process.argv.slice(2).join(' ');
	const command = `npm run bench${args ? ` -- ${args}` : ''}`;
	mkdirSync(RESULTS, { recursive: true });
	const host = machine(ROOT);
	console.log(
		`${command}\n${host.nproc} vCPU, ${host.ramGiB} GiB, ${host.cpu}; Node ${host.node}; ${host.java}; Neo4j ${host.neo4j}\n` +
			`scales: ${opts.scales.map((s) => s.name).join(', ')}; measurements: ${opts.only.join(', ')}`
	);

	const results: ScaleResult[] = [];
	const started = new Date().toISOString();
	const rawFile = join(RESULTS, `${started.replace(/[:.]/g, '-')}.json`);
	const saveRaw = () => writeFileSync(rawFile, JSON.stringify({ command, started, options: { ...opts, scales: opts.scales.map((s) => s.name) }, machine: host, results }, null, 2));
	for (const scale of opts.scales) {
		const result = await runScale(scale, opts, command, host);
		const disk = diskBytes(join(DATA, `bench-${scale.name}`));
		logger(scale.name)(`store on disk: ${bytes(disk)}`);
		if (!result) continue;
		result.diskBytes = disk;
		results.push(result);
		saveRaw();
	}

	if (opts.generateOnly) return;
	const latest: Latest = existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, 'utf8')) as Latest) : { scales: {} };
	for (const r of results) latest.scales[r.scale] = merge(latest.scales[r.scale], r, opts.only);
	writeFileSync(LATEST, JSON.stringify(latest, null, 2));
	const ordered = SCALES.map((s) => latest.scales[s.name]).filter((s): s is ScaleResult => s !== undefined);

	console.log(`\n${terminalTable(results)}\n`);
	writeBenchmarksMd(join(ROOT, 'BENCHMARKS.md'), host, ordered);
	console.log(`raw results: ${rawFile}\nBENCHMARKS.md updated (${ordered.map((s) => s.scale).join(', ')}).`);
}

main().catch((e) => {
	console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
	process.exitCode = 1;
});
