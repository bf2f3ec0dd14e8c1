// npm start — builds the app when the sources changed since the last build, then serves it.
// With no NEO4J_URI, first starts the embedded Neo4j (tooling, outside the app: neo4j/embedded.ts,
// bundled at build time) and hands its address and password to the app through the environment of
// this process only; stopping the app stops it.
// `node scripts/start.js --build-only` stops after the build (Docker images, CI).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// The product is built and served as production, whatever the caller's environment says: a test
// runner's NODE_ENV=test would otherwise give a development build (Svelte's and SvelteKit's dev
// checks in the browser) that the user never runs.
process.env.NODE_ENV = 'production';

const root = new URL('..', import.meta.url).pathname;
const STAMP = join(root, 'build', '.source-stamp');
const INPUTS = ['src', 'static', 'neo4j/embedded.ts', 'svelte.config.js', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
const LAUNCHER = join(root, 'build', 'neo4j-embedded.js');

function* files(path) {
	if (!existsSync(path)) return;
	if (statSync(path).isDirectory()) {
		for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
	} else yield path;
}

/** Names, sizes and modification times of every build input: cheap, and changes whenever a file does. */
function sourceStamp() {
	const hash = createHash('sha256');
	for (const input of INPUTS) {
		for (const file of files(join(root, input))) {
			const { size, mtimeMs } = statSync(file);
			hash.update(`${relative(root, file)}:${size}:${mtimeMs}\n`);
		}
	}
	return hash.digest('hex');
}

const stamp = sourceStamp();
const built = existsSync(join(root, 'build', 'index.js')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp;
if (!built) {
	console.log('Building the app (first start, or the code changed)…');
	const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error('The build failed; the messages above say why.');
		process.exit(result.status ?? 1);
	}
	const { build } = await import('esbuild');
	await build({ entryPoints: [join(root, 'neo4j', 'embedded.ts')], outfile: LAUNCHER, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
	writeFileSync(STAMP, stamp);
}

if (process.argv.includes('--build-only')) process.exit(0);

process.env.CRM_ROOT ??= root;
// Triple imports (Turtle, N-Triples) easily pass adapter-node's 512 kB default.
process.env.BODY_SIZE_LIMIT ??= '50M';

let embedded = null;
if (!process.env.NEO4J_URI?.trim()) {
	const { startEmbeddedNeo4j } = await import(LAUNCHER);
	const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
	const boltPort = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
	console.log(`Starting the embedded Neo4j (data in ${dataDir}, Bolt on 127.0.0.1:${boltPort})…`);
	try {
		embedded = await startEmbeddedNeo4j({
			dataDir,
			boltPort,
			projectRoot: root,
			heap: process.env.NEO4J_HEAP || '1g',
			pageCache: process.env.NEO4J_PAGECACHE || '512m'
		});
	} catch (e) {
		console.error(`\n${e instanceof Error ? e.message : String(e)}\n`);
		process.exit(1);
	}
	Object.assign(process.env, { NEO4J_URI: embedded.uri, NEO4J_USER: embedded.user, NEO4J_PASSWORD: embedded.password });
}
const { serve } = await import('./serve.js');
await serve(root.replace(/\/$/, ''), { afterShutdown: () => embedded?.stop() });
