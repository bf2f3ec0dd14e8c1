import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Rewrites one benchmark's section of BENCHMARKS.md, between its own markers, keeping the rest (or
 * appends it the first time).
 */
export function writeBenchmarkSection(file: string, name: string, command: string, title: string, body: string): void {
	const begin = `<!-- BEGIN ${name} (written by ${command}) -->`;
	const end = `<!-- END ${name} -->`;
	const block = `${begin}\n## ${title}\n\n${body}\n${end}`;
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
	const i = text.indexOf(begin);
	const j = text.indexOf(end);
	writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`);
}
