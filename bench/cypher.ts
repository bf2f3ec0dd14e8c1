import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cypherFile } from '$lib/server/db/queries';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'cypher');

/** The text of `bench/cypher/<name>.cypher`: the generator's and the baselines' queries (not the product's). */
export const benchCypher = (name: string): string => cypherFile(join(folder, `${name}.cypher`));
