import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cypherRoot = join(process.cwd(), 'cypher');
const texts = new Map<string, string>();

/** Points the loader at the project's `cypher/` folder (set once at start). */
export function setCypherRoot(dir: string): void {
	cypherRoot = dir;
}

/** The project folder the `cypher/` folder is in (the demo data lives beside it, in `demo/`). */
export const projectRoot = () => dirname(cypherRoot);

/** The text of a `.cypher` file, read once. */
export function cypherFile(path: string): string {
	let text = texts.get(path);
	if (text === undefined) {
		text = readFileSync(path, 'utf8');
		texts.set(path, text);
	}
	return text;
}

/** The text of `cypher/<name>.cypher`, e.g. `cypher('organisations/list')`. */
export function cypher(name: string): string {
	return cypherFile(join(cypherRoot, `${name}.cypher`));
}

/** File names (without extension) in a cypher sub-folder, sorted: migrations and seeds run in this order. */
export function cypherFolder(folder: string): string[] {
	return readdirSync(join(cypherRoot, folder))
		.filter((f) => f.endsWith('.cypher'))
		.sort()
		.map((f) => `${folder}/${f.slice(0, -'.cypher'.length)}`);
}

/**
 * Splits a script into statements on `;` at the end of a line, outside string literals.
 * `//` comment lines are dropped.
 */
export function statements(script: string): string[] {
	const out: string[] = [];
	let current = '';
	let quote: string | null = null;
	for (const line of script.split('\n')) {
		if (quote === null && /^\s*\/\//.test(line)) continue;
		for (let i = 0; i < line.length; i++) {
			const ch = line[i];
			if (quote) {
				if (ch === '\\') i++;
				else if (ch === quote) quote = null;
			} else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
		}
		const trimmed = line.trimEnd();
		if (quote === null && trimmed.endsWith(';')) {
			current += trimmed.slice(0, -1);
			if (current.trim()) out.push(current.trim());
			current = '';
		} else {
			current += line + '\n';
		}
	}
	if (current.trim()) out.push(current.trim());
	return out;
}
