import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Machine {
	nproc: number;
	ramGiB: number;
	cpu: string;
	node: string;
	java: string;
	neo4j: string;
	os: string;
}

function java(): string {
	try {
		const home = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
		const out = execFileSync(home, ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		return out.split('\n')[0] ?? 'unknown';
	} catch (e) {
		// java -version writes to stderr; execFileSync only returns stdout
		const err = e as { stderr?: string };
		return err.stderr?.split('\n')[0] ?? 'unknown';
	}
}

function javaVersion(): string {
	try {
		const r = execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' });
		return r.split('\n').slice(0, 2).join(' / ').trim();
	} catch {
		return java();
	}
}

function neo4jVersion(root: string): string {
	const lib = join(root, 'neo4j', 'target', 'lib');
	if (!existsSync(lib)) return 'unknown';
	const jar = readdirSync(lib).find((f) => /^neo4j-kernel-\d/.test(f));
	const apoc = existsSync(join(root, 'neo4j', 'target', 'plugins'))
		? readdirSync(join(root, 'neo4j', 'target', 'plugins')).find((f) => f.startsWith('apoc-core-'))
		: undefined;
	const v = jar?.replace(/^neo4j-kernel-/, '').replace(/\.jar$/, '') ?? 'unknown';
	return `${v} Community (embedded)${apoc ? `, APOC core ${apoc.replace(/^apoc-core-/, '').replace(/\.jar$/, '')}` : ''}`;
}

function os(): string {
	try {
		const text = readFileSync('/etc/os-release', 'utf8');
		return /PRETTY_NAME="([^"]+)"/.exec(text)?.[1] ?? process.platform;
	} catch {
		return process.platform;
	}
}

function cpuModel(): string {
	try {
		const text = readFileSync('/proc/cpuinfo', 'utf8');
		return /model name\s*:\s*(.+)/.exec(text)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
	} catch {
		return cpus()[0]?.model ?? 'unknown';
	}
}

function nproc(): number {
	try {
		return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
	} catch {
		return cpus().length;
	}
}

export function machine(root: string): Machine {
	return {
		nproc: nproc(),
		ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		cpu: cpuModel(),
		node: process.version,
		java: javaVersion(),
		neo4j: neo4jVersion(root),
		os: os()
	};
}
