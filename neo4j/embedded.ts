/**
 * Local Neo4j for development and tests, used when NEO4J_URI is not set.
 *
 * Builds (once) the launcher in neo4j/ with Maven — Neo4j 5.26 Community + APOC core, all jars from
 * Maven Central — and runs it as a child JVM: Bolt on 127.0.0.1 only, auth on, a fresh random password
 * for user `neo4j` on every start (handed over on the child's stdin, never stored anywhere).
 *
 * The child shuts itself down cleanly when its stdin closes, so it never outlives this process.
 *
 * Deliberately free of SvelteKit virtual modules: also used by vitest global setup and tsx scripts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export interface EmbeddedNeo4j {
	uri: string;
	user: string;
	password: string;
	/** The Java process, so callers can tell it is gone after stop(). */
	pid: number;
	stop(): Promise<void>;
}

export interface EmbeddedOptions {
	/** App data directory; Neo4j lives in `<dataDir>/neo4j`. */
	dataDir: string;
	boltPort: number;
	/** Repository root (holds neo4j/pom.xml); found from the cwd or this module's location if omitted. */
	projectRoot?: string;
	/** JVM heap, e.g. "1g" (default). */
	heap?: string;
	/** Neo4j page cache, e.g. "512m" (default). */
	pageCache?: string;
	/** Progress messages; Neo4j's own output is forwarded only when NEO4J_DEBUG is set. */
	log?: (line: string) => void;
}

/** A problem the user can fix; the message is one actionable sentence (plus tool output where useful). */
export class Neo4jSetupError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'Neo4jSetupError';
	}
}

const ALTERNATIVES =
	'or run Neo4j with Docker Compose (`docker compose up neo4j`), or point NEO4J_URI at any Neo4j 5 server';
const SUPPORTED_JAVA = [21, 17] as const; // Neo4j 5.26 runs on these only; first is preferred
const READY_TIMEOUT_MS = 180_000;
const STOP_SIGTERM_MS = 20_000;
const STOP_SIGKILL_MS = 30_000;
const OUTPUT_LINES_KEPT = 50;
const MAVEN_LINES_SHOWN = 20;
const BUILD_LOCK_WAIT_MS = 15 * 60_000;
const LAUNCHER_CLASS = 'crm.neo4j.Launcher';
const APOC_JAR = /^apoc-core-.*\.jar$/;

// ---------------------------------------------------------------------------------------------
// public entry point

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
	const log = opts.log ?? ((line: string) => console.log(`[neo4j] ${line}`));
	const debug = !['', '0', 'false', 'no'].includes((process.env.NEO4J_DEBUG ?? '').toLowerCase());
	const port = opts.boltPort;
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		throw new Neo4jSetupError(`NEO4J_BOLT_PORT must be a TCP port number (1-65535), not "${port}".`);
	}

	const root = opts.projectRoot ? path.resolve(opts.projectRoot) : findProjectRoot();
	const java = findJava();
	await ensureBuilt(root, java, log);

	const dbHome = path.resolve(opts.dataDir, 'neo4j');
	mkdirSync(dbHome, { recursive: true });
	await assertPortFree(port);

	const password = randomBytes(24).toString('base64url'); // 32 chars
	const target = path.join(root, 'neo4j', 'target');
	const heap = opts.heap ?? '1g';
	const args = [
		`-Xms${heap}`,
		`-Xmx${heap}`,
		'-XX:+UseG1GC',
		'-XX:+ExitOnOutOfMemoryError',
		'-XX:-OmitStackTraceInFastThrow',
		'-XX:+DisableExplicitGC',
		// the same opens the Neo4j server script adds (page cache and Netty want them)
		'--add-opens=java.base/java.nio=ALL-UNNAMED',
		'--add-opens=java.base/java.io=ALL-UNNAMED',
		'--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
		'--add-opens=java.base/java.lang=ALL-UNNAMED',
		'-Dio.netty.tryReflectionSetAccessible=true',
		'-Djdk.nio.maxCachedBufferSize=1024',
		'-Dlog4j2.disable.jmx=true',
		'-Dfile.encoding=UTF-8',
		'-cp',
		[path.join(target, 'classes'), path.join(target, 'lib', '*')].join(path.delimiter),
		LAUNCHER_CLASS,
		'--data',
		dbHome,
		'--port',
		String(port),
		'--plugins',
		path.join(target, 'plugins'),
		'--pagecache',
		opts.pageCache ?? '512m'
	];

	const started = Date.now();
	const child = spawn(java.bin, args, {
		cwd: dbHome,
		stdio: ['pipe', 'pipe', 'pipe'],
		env: javaEnv(java)
	});

	// Safety net: if this process exits without stop(), make sure the JVM goes too. SIGTERM runs the
	// launcher's shutdown hook (clean shutdown); its stdin also closes with us, which does the same.
	const onExit = () => {
		if (child.exitCode === null && child.signalCode === null) {
			try {
				child.kill('SIGTERM');
			} catch {
				// already gone
			}
		}
	};
	process.on('exit', onExit);
	const exited = new Promise<void>((resolve) => {
		child.once('exit', () => resolve());
		child.once('error', () => {
			if (child.pid === undefined) resolve(); // never started
		});
	});
	void exited.then(() => process.off('exit', onExit));

	const recent: string[] = [];
	const remember = (line: string) => {
		recent.push(line);
		if (recent.length > OUTPUT_LINES_KEPT) recent.shift();
		if (debug) log(line);
	};

	try {
		await waitForReady(child, port, dbHome, recent, remember, password);
	} catch (err) {
		await terminate(child, exited);
		throw err;
	}

	// Started: from now on neither the child nor its pipes keep this process alive. If this process
	// ends without calling stop(), the child sees EOF on stdin and shuts down by itself.
	unrefChild(child);

	let stopping: Promise<void> | undefined;
	const stop = (): Promise<void> => {
		stopping ??= terminate(child, exited);
		return stopping;
	};

	const uri = `bolt://127.0.0.1:${port}`;
	try {
		await verify(uri, password);
	} catch (err) {
		await stop();
		throw err;
	}

	log(
		`Neo4j 5.26 ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (Java ${java.major}, data in ${dbHome}).`
	);
	return { uri, user: 'neo4j', password, pid: child.pid!, stop };
}

// ---------------------------------------------------------------------------------------------
// child process

function waitForReady(
	child: ChildProcess,
	port: number,
	dbHome: string,
	recent: string[],
	remember: (line: string) => void,
	password: string
): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		let settled = false;
		const finish = (err?: Error) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (err) reject(err);
			else resolve();
		};
		const lastOutput = () =>
			recent.length ? `\n--- last Neo4j output ---\n${recent.join('\n')}` : '';

		const timer = setTimeout(() => {
			finish(
				new Neo4jSetupError(
					`Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s (data in ${dbHome}); set NEO4J_DEBUG=1 to see its output, or point NEO4J_URI at a running Neo4j 5 server.${lastOutput()}`
				)
			);
		}, READY_TIMEOUT_MS);

		child.once('error', (err: NodeJS.ErrnoException) => {
			finish(
				new Neo4jSetupError(
					`Could not start Java for Neo4j (${err.code ?? err.message}); install Java 17 or 21, ${ALTERNATIVES}.`
				)
			);
		});
		child.once('exit', (code, signal) => {
			// 'exit' can fire before the last stdout lines are read; give them a moment.
			setTimeout(() => {
				finish(
					new Neo4jSetupError(
						`Neo4j exited (${signal ?? `code ${code}`}) before it was ready; set NEO4J_DEBUG=1 to see its output, or point NEO4J_URI at a running Neo4j 5 server.${lastOutput()}`
					)
				);
			}, 200);
		});

		const stdout = createInterface({ input: child.stdout! });
		stdout.on('line', (line) => {
			if (line.startsWith('NEO4J_READY')) {
				finish();
			} else if (line.startsWith('NEO4J_FAILED')) {
				finish(failureError(line.slice('NEO4J_FAILED'.length).trim(), port, dbHome, lastOutput()));
			} else {
				remember(line);
			}
		});
		createInterface({ input: child.stderr! }).on('line', remember);

		// The password goes over stdin only. The pipe stays open: closing it tells Neo4j to stop.
		child.stdin!.on('error', () => {
			// EPIPE when the child died early; the 'exit' handler reports that
		});
		child.stdin!.write(`${password}\n`);
	});
}

function failureError(reason: string, port: number, dbHome: string, lastOutput: string): Error {
	const lower = reason.toLowerCase();
	if (lower.includes('already in use')) {
		return portInUseError(port);
	}
	if (lower.includes('locked by another process')) {
		return new Neo4jSetupError(
			`Neo4j could not open ${dbHome}: store locked by another process (is another instance running on this data dir?); stop the other instance or use a different data directory.`
		);
	}
	return new Neo4jSetupError(
		`Neo4j failed to start: ${reason.replace(/\.$/, '')}; set NEO4J_DEBUG=1 for details, or point NEO4J_URI at a running Neo4j 5 server.${lastOutput}`
	);
}

/** Close stdin (clean shutdown), then SIGTERM after 20 s and SIGKILL after 30 s. */
function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
		return Promise.resolve();
	}
	child.ref(); // keep this process alive until the child is gone
	const term = setTimeout(() => child.kill('SIGTERM'), STOP_SIGTERM_MS);
	const kill = setTimeout(() => child.kill('SIGKILL'), STOP_SIGKILL_MS);
	try {
		child.stdin?.end();
	} catch {
		// already closed
	}
	return exited.finally(() => {
		clearTimeout(term);
		clearTimeout(kill);
	});
}

function unrefChild(child: ChildProcess): void {
	child.unref();
	for (const stream of [child.stdin, child.stdout, child.stderr]) {
		(stream as unknown as { unref?: () => void } | null)?.unref?.();
	}
}

async function verify(uri: string, password: string): Promise<void> {
	const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
	try {
		try {
			await driver.verifyConnectivity();
		} catch (err) {
			throw new Neo4jSetupError(
				`Neo4j reported ready but ${uri} does not accept connections (${errorText(err)}); set NEO4J_DEBUG=1 to see its output.`
			);
		}
		try {
			const { records } = await driver.executeQuery('RETURN apoc.version() AS v');
			if (!records[0]?.get('v')) throw new Error('apoc.version() returned nothing');
		} catch (err) {
			throw new Neo4jSetupError(
				`Neo4j started but APOC core is not loaded (${errorText(err)}); delete neo4j/target to force a rebuild, or point NEO4J_URI at a Neo4j 5 server with APOC.`
			);
		}
	} finally {
		await driver.close();
	}
}

// ---------------------------------------------------------------------------------------------
// port

function portInUseError(port: number): Neo4jSetupError {
	return new Neo4jSetupError(
		`Port ${port} on 127.0.0.1 is already in use (another Neo4j or app?); stop that process or choose another Bolt port with NEO4J_BOLT_PORT.`
	);
}

function assertPortFree(port: number): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', (err: NodeJS.ErrnoException) => {
			if (err.code === 'EADDRINUSE' || err.code === 'EACCES') reject(portInUseError(port));
			else reject(new Neo4jSetupError(`Cannot listen on 127.0.0.1:${port} (${err.code}); choose another Bolt port with NEO4J_BOLT_PORT.`));
		});
		server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
			server.close(() => resolve());
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Java

interface JavaInfo {
	bin: string;
	major: number;
	/** JDK home (has bin/javac) — passed to Maven as JAVA_HOME. */
	jdkHome?: string;
}

function javaMajor(bin: string): number | undefined {
	const r = spawnSync(bin, ['-version'], { encoding: 'utf8', timeout: 30_000 });
	if (r.error || r.status !== 0) return undefined;
	const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}\n${r.stdout}`);
	if (!m) return undefined;
	const first = Number(m[1]);
	return first === 1 ? Number(m[2]) : first; // "1.8.0_x" → 8
}

const JVM_DIRS = ['/usr/lib/jvm', '/usr/java', '/opt/java', '/Library/Java/JavaVirtualMachines'];

/** Java binaries installed side by side (Debian/Ubuntu/Fedora, macOS, Docker images). */
function installedJavas(exe: string): string[] {
	const list: string[] = [];
	for (const dir of JVM_DIRS) {
		let entries: string[];
		try {
			entries = readdirSync(dir).sort();
		} catch {
			continue;
		}
		for (const e of entries) {
			for (const home of [path.join(dir, e), path.join(dir, e, 'Contents', 'Home')]) {
				const bin = path.join(home, 'bin', exe);
				if (existsSync(bin)) list.push(bin);
			}
		}
	}
	return list;
}

/**
 * JAVA_HOME's java, else the one on PATH; if that is not Java 17 or 21 (Neo4j 5.26 runs on nothing
 * else), a 17 or 21 installed next to it (e.g. in /usr/lib/jvm), preferring 21.
 */
function findJava(): JavaInfo {
	const exe = process.platform === 'win32' ? 'java.exe' : 'java';
	const supported = (major: number | undefined): major is number =>
		major !== undefined && (SUPPORTED_JAVA as readonly number[]).includes(major);
	const rejected: { bin: string; major: number }[] = [];
	const seen = new Set<string>();
	const probe = (bin: string): number | undefined => {
		const key = resolveBin(bin) ?? bin;
		if (seen.has(key)) return undefined;
		seen.add(key);
		const major = javaMajor(bin);
		if (major !== undefined && !supported(major)) rejected.push({ bin: key, major });
		return major;
	};

	const primary = process.env.JAVA_HOME ? [path.join(process.env.JAVA_HOME, 'bin', exe), exe] : [exe];
	for (const bin of primary) {
		const major = probe(bin);
		if (supported(major)) return withJdkHome({ bin, major });
	}
	const others: { bin: string; major: number }[] = [];
	for (const bin of installedJavas(exe)) {
		const major = probe(bin);
		if (supported(major)) others.push({ bin, major });
	}
	for (const v of SUPPORTED_JAVA) {
		const hit = others.find((o) => o.major === v);
		if (hit) return withJdkHome(hit);
	}

	const what = rejected.length
		? `only found Java ${[...new Set(rejected.map((r) => r.major))].join(' and ')} (${rejected[0]!.bin})`
		: 'found no Java (checked JAVA_HOME, PATH and /usr/lib/jvm)';
	throw new Neo4jSetupError(
		`The local Neo4j 5.26 needs Java 17 or 21 but ${what}; install Java 17 or 21, ${ALTERNATIVES}.`
	);
}

function resolveBin(bin: string): string | undefined {
	try {
		if (path.isAbsolute(bin)) return realpathSync(bin);
		for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
			if (!dir) continue;
			const p = path.join(dir, bin);
			if (existsSync(p)) return realpathSync(p);
		}
	} catch {
		// fall through
	}
	return undefined;
}

function withJdkHome(j: { bin: string; major: number }): JavaInfo {
	const real = resolveBin(j.bin);
	if (real) {
		const home = path.dirname(path.dirname(real));
		const javac = path.join(home, 'bin', process.platform === 'win32' ? 'javac.exe' : 'javac');
		if (existsSync(javac)) return { ...j, jdkHome: home };
	}
	return { ...j };
}

/** Environment for Java and Maven: the chosen JDK as JAVA_HOME, so Maven compiles with it too. */
function javaEnv(java: JavaInfo): NodeJS.ProcessEnv {
	const env = { ...process.env };
	if (java.jdkHome) env.JAVA_HOME = java.jdkHome;
	return env;
}

// ---------------------------------------------------------------------------------------------
// build

function findProjectRoot(): string {
	const starts = [process.cwd(), path.dirname(fileURLToPath(import.meta.url))];
	for (const start of starts) {
		let dir = path.resolve(start);
		for (;;) {
			if (existsSync(path.join(dir, 'neo4j', 'pom.xml'))) return dir;
			const parent = path.dirname(dir);
			if (parent === dir) break;
			dir = parent;
		}
	}
	throw new Neo4jSetupError(
		`Cannot find neo4j/pom.xml above ${process.cwd()}; run from the project directory, ${ALTERNATIVES}.`
	);
}

function sourceHash(neo4jDir: string): string {
	const h = createHash('sha256');
	const files = ['pom.xml', ...listFiles(path.join(neo4jDir, 'src')).map((f) => path.relative(neo4jDir, f))];
	for (const rel of files.sort()) {
		h.update(rel.split(path.sep).join('/'));
		h.update('\0');
		h.update(readFileSync(path.join(neo4jDir, rel)));
		h.update('\0');
	}
	return h.digest('hex');
}

function listFiles(dir: string): string[] {
	let entries: string[];
	try {
		entries = readdirSync(dir);
	} catch {
		return [];
	}
	const out: string[] = [];
	for (const e of entries) {
		const p = path.join(dir, e);
		if (statSync(p).isDirectory()) out.push(...listFiles(p));
		else out.push(p);
	}
	return out;
}

function isBuilt(target: string, hash: string): boolean {
	try {
		if (readFileSync(path.join(target, '.build-hash'), 'utf8').trim() !== hash) return false;
		return (
			existsSync(path.join(target, 'classes', ...LAUNCHER_CLASS.split('.')) + '.class') &&
			readdirSync(path.join(target, 'lib')).some((f) => f.endsWith('.jar')) &&
			readdirSync(path.join(target, 'plugins')).some((f) => APOC_JAR.test(f))
		);
	} catch {
		return false;
	}
}

async function ensureBuilt(
	root: string,
	java: JavaInfo,
	log: (line: string) => void
): Promise<void> {
	const neo4jDir = path.join(root, 'neo4j');
	const target = path.join(neo4jDir, 'target');
	const hash = sourceHash(neo4jDir);
	if (isBuilt(target, hash)) return;

	mkdirSync(target, { recursive: true });
	const release = await acquireBuildLock(target, log);
	try {
		if (isBuilt(target, hash)) return; // another process built it while we waited
		const mvn = findMaven(java);
		log(
			existsSync(path.join(target, 'lib'))
				? 'Rebuilding the local Neo4j launcher (neo4j/ changed)…'
				: 'Resolving Neo4j 5.26 from Maven Central (first start only, ~150 MB)…'
		);
		rmSync(path.join(target, '.build-hash'), { force: true });
		// Stale jars from an older pom must not stay on the classpath.
		rmSync(path.join(target, 'lib'), { recursive: true, force: true });
		rmSync(path.join(target, 'plugins'), { recursive: true, force: true });
		const started = Date.now();
		await runMaven(mvn, neo4jDir, java);
		if (!isBuiltIgnoringHash(target)) {
			throw new Neo4jSetupError(
				`Maven finished but neo4j/target is incomplete (classes, lib/ or plugins/ missing); delete neo4j/target and retry, ${ALTERNATIVES}.`
			);
		}
		writeFileSync(path.join(target, '.build-hash'), `${hash}\n`);
		log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
	} finally {
		release();
	}
}

function isBuiltIgnoringHash(target: string): boolean {
	try {
		return (
			existsSync(path.join(target, 'classes', ...LAUNCHER_CLASS.split('.')) + '.class') &&
			readdirSync(path.join(target, 'lib')).some((f) => f.endsWith('.jar')) &&
			readdirSync(path.join(target, 'plugins')).some((f) => APOC_JAR.test(f))
		);
	} catch {
		return false;
	}
}

function findMaven(java: JavaInfo): string {
	const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
	const r = spawnSync(mvn, ['-v'], {
		encoding: 'utf8',
		timeout: 60_000,
		env: javaEnv(java),
		shell: process.platform === 'win32'
	});
	if (r.error || r.status !== 0) {
		const why = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'was not found on PATH' : 'does not run';
		throw new Neo4jSetupError(
			`Building the local Neo4j needs Maven (\`mvn\`), which ${why}; install Maven 3.6.3 or newer, ${ALTERNATIVES}.`
		);
	}
	return mvn;
}

function runMaven(mvn: string, neo4jDir: string, java: JavaInfo): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const lines: string[] = [];
		const keep = (line: string) => {
			// Maven 3.8 prints ANSI resets even in batch/quiet mode
			const clean = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd();
			if (!clean) return;
			lines.push(clean);
			if (lines.length > 200) lines.shift();
		};
		const child = spawn(mvn, ['-q', '-B', '-f', path.join(neo4jDir, 'pom.xml'), 'package'], {
			cwd: neo4jDir,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: javaEnv(java),
			shell: process.platform === 'win32'
		});
		createInterface({ input: child.stdout }).on('line', keep);
		createInterface({ input: child.stderr }).on('line', keep);
		child.once('error', (err) =>
			reject(new Neo4jSetupError(`Could not run Maven (${err.message}); install Maven 3.6.3 or newer, ${ALTERNATIVES}.`))
		);
		child.once('close', (code, signal) => {
			if (code === 0) return resolve();
			const tail = lines.slice(-MAVEN_LINES_SHOWN).join('\n');
			reject(
				new Neo4jSetupError(
					`Maven could not build the local Neo4j (${signal ?? `exit code ${code}`}); check that Maven Central is reachable, ${ALTERNATIVES}.` +
						(tail ? `\n--- last Maven output ---\n${tail}` : '')
				)
			);
		});
	});
}

/** Two processes (e.g. vitest and the dev server) must not run Maven into the same target/ at once. */
async function acquireBuildLock(target: string, log: (line: string) => void): Promise<() => void> {
	const lock = path.join(target, '.build-lock');
	const deadline = Date.now() + BUILD_LOCK_WAIT_MS;
	let told = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(path.join(lock, 'pid'), String(process.pid));
			return () => rmSync(lock, { recursive: true, force: true });
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
		}
		let owner = NaN;
		try {
			owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
		} catch {
			// being created or removed right now
		}
		if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
			rmSync(lock, { recursive: true, force: true }); // stale: its owner died mid-build
			continue;
		}
		if (Date.now() > deadline) {
			throw new Neo4jSetupError(
				`Another process has been building neo4j/ for too long (lock ${lock}); stop it or delete the lock directory and retry.`
			);
		}
		if (!told) {
			log('Waiting for another process that is building the local Neo4j…');
			told = true;
		}
		await new Promise((r) => setTimeout(r, 1000));
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function errorText(err: unknown): string {
	const e = err as { code?: string; message?: string };
	const msg = (e?.message ?? String(err)).split('\n')[0] ?? '';
	return e?.code ? `${e.code}: ${msg}` : msg;
}
