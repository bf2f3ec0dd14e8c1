import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'cypher');
const cache = new Map<string, string>();

/** The text of `bench/cypher/<name>.cypher`: the generator's and the baselines' queries (not the product's). */
export function benchCypher(name: string): string {
	let text = cache.get(name);
	if (text === undefined) {
		text = readFileSync(join(folder, `${name}.cypher`), 'utf8');
		cache.set(name, text);
	}
	return text;
}
