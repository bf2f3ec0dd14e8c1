/**
 * npm run bench:browser — the graph explorer in Debian's Chromium at 1,000 and 5,000 entities
 * (2 relations per entity): layout time of each layout and frame times while panning and zooming.
 *
 * It starts the product exactly as `npm start` does (throwaway data folder, free ports), signs in,
 * opens /graph and feeds the real explorer component a synthetic network through the hook it
 * exposes for this purpose (`window.crmGraph`), so what is measured is the page users get.
 * Prints a table and writes the "Graph explorer in the browser" section of BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeBenchmarkSection } from './sections';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/browser';
import { freePort } from '../tests/support/free-port';
import { machine } from './machine';

const SIZES = [1000, 5000];
const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;

async function startApp() {
	const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-browser-'));
	const port = await freePort();
	const password = randomBytes(12).toString('base64url');
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), ADMIN_EMAIL: 'bench@example.com', ADMIN_PASSWORD: password, DEMO_DATA: 'false' },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const baseURL = `http://localhost:${port}`;
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error('The app exited before answering.');
		if (await fetch(`${baseURL}/health`).then((r) => r.ok).catch(() => false)) break;
		await new Promise((r) => setTimeout(r, 500));
	}
	return {
		baseURL,
		password,
		stop: async () => {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await exited;
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}

/** Runs in the page: a random network with a few hubs, added through the explorer's own code. */
function feed(size: number) {
	const hook = (window as unknown as { crmGraph: { merge: (n: unknown[], e: unknown[]) => void } }).crmGraph;
	const side = { key: 'IS_PARTNER_OF', predicate: 'is a partner of', predicateFr: null };
	const nodes = Array.from({ length: size }, (_, i) => ({
		id: `n${i}`,
		type: i % 3 ? 'Contact' : 'Organisation',
		name: `Entity ${i}`,
		managed: i === 0,
		tags: i % 50 === 0 ? [{ id: 'vip', name: 'VIP', nameFr: null, color: '#b45309' }] : [],
		distance: i === 0 ? 0 : 1 + (i % 3)
	}));
	const edges = Array.from({ length: size * 2 }, (_, i) => {
		// Every tenth relation goes to one of ten hubs; the rest link near neighbours.
		const source = i % size;
		const target = i % 10 === 0 ? (i % 100) / 10 : (source + 1 + (i % 7)) % size;
		return { id: `e${i}`, source: `n${source}`, target: `n${target}`, nativeType: 'IS_PARTNER_OF', forward: side, backward: side, symmetric: true };
	}).filter((e) => e.source !== e.target);
	hook.merge(nodes, edges);
	return { nodes: nodes.length, edges: edges.length };
}

/** Runs in the page: the explorer's own layout (the options users get), and how long it took. */
function layout(name: string) {
	return (window as unknown as { crmGraph: { layout: (n: string) => Promise<number> } }).crmGraph.layout(name);
}

/** Runs in the page: 120 frames of panning and zooming, the time between frames. */
async function frames() {
	const hook = (window as unknown as { crmGraph: { cy: import('cytoscape').Core } }).crmGraph;
	const cy = hook.cy;
	const times: number[] = [];
	let last = performance.now();
	for (let i = 0; i < 120; i++) {
		await new Promise<void>((resolve) =>
			requestAnimationFrame(() => {
				const now = performance.now();
				times.push(now - last);
				last = now;
				cy.panBy({ x: i % 2 ? 7 : -5, y: 3 });
				cy.zoom({ level: cy.zoom() * (i < 60 ? 1.01 : 0.99), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
				resolve();
			})
		);
	}
	times.sort((a, b) => a - b);
	const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
	return { p50: pick(0.5), p95: pick(0.95), max: times[times.length - 1]! };
}

const app = await startApp();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const rows: string[] = [];
try {
	const page = await browser.newPage({ baseURL: app.baseURL, viewport: { width: 1400, height: 900 } });
	// tsx keeps function names with an `__name` helper that does not exist inside the page.
	await page.addInitScript('window.__name = (f) => f;');
	await page.goto('/login');
	await page.getByLabel('E-mail address').fill('bench@example.com');
	await page.getByLabel('Password').fill(app.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL('**/organisations');
	for (const size of SIZES) {
		await page.goto('/graph');
		await page.waitForFunction(() => 'crmGraph' in window);
		const added = await page.evaluate(feed, size);
		for (const name of LAYOUTS) {
			const ms = await page.evaluate(layout, name);
			const f = await page.evaluate(frames);
			const row = `| ${added.nodes.toLocaleString('en')} | ${added.edges.toLocaleString('en')} | ${name} | ${Math.round(ms)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.max.toFixed(1)} |`;
			console.log(row);
			rows.push(row);
		}
	}
} finally {
	await browser.close();
	await app.stop();
}

const writeSection = (body: string) => writeBenchmarkSection('BENCHMARKS.md', 'browser-graph', 'npm run bench:browser', 'Graph explorer in the browser', body);

const m = machine(process.cwd());
writeSection(
	[
		`Command: \`npm run bench:browser\` (${new Date().toISOString().slice(0, 10)}; ${m.nproc} vCPU, ${m.cpu}; Node ${m.node}; Chromium headless with software rendering, \`--disable-gpu\`).`,
		'',
		'The real /graph page, fed a synthetic network (2 relations per entity, ten hubs) through the explorer\'s own code, laid out with the explorer\'s own options (past 1,000 entities: fcose in draft quality, concentric rings split by size, breadth-first in circles; past 2,500 elements the lighter drawing without icons and edge labels). Frames: time between animation frames over 120 frames of panning and zooming after the layout; 16.7 ms is 60 frames per second.',
		'',
		'| Entities | Relations | Layout | Layout (ms) | Frame p50 (ms) | Frame p95 (ms) | Frame max (ms) |',
		'| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
		...rows
	].join('\n')
);
