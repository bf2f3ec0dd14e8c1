/** The graph sizes the benchmarks run at, with the memory each embedded Neo4j gets. */
export interface Scale {
	name: string;
	entities: number;
	heap: string;
	pageCache: string;
}

export const SCALES: readonly Scale[] = [
	{ name: '10k', entities: 10_000, heap: '1g', pageCache: '512m' },
	{ name: '100k', entities: 100_000, heap: '2g', pageCache: '1g' },
	{ name: '1M', entities: 1_000_000, heap: '4g', pageCache: '4g' }
];
