// npm run dev — the Vite dev server on the embedded Neo4j (started first, like npm start does) or on NEO4J_URI.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let embedded = null;
if (!process.env.NEO4J_URI?.trim()) {
	const { build } = await import('esbuild');
	const launcher = join(root, 'build', 'neo4j-embedded.js');
	await build({ entryPoints: [join(root, 'neo4j', 'embedded.ts')], outfile: launcher, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
	const { startEmbeddedNeo4j } = await import(launcher);
	embedded = await startEmbeddedNeo4j({ dataDir: resolve(root, process.env.DATA_DIR ?? '.data'), boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7687), projectRoot: root });
}
const env = embedded ? { ...process.env, NEO4J_URI: embedded.uri, NEO4J_USER: embedded.user, NEO4J_PASSWORD: embedded.password } : process.env;
const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'dev', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
const stop = () => vite.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', async (code) => {
	await embedded?.stop();
	process.exit(code ?? 0);
});
