/** Timing and percentiles. Times are wall-clock milliseconds measured around the product's call. */

export interface Summary {
	n: number;
	p50: number;
	p95: number;
	p99: number;
	mean: number;
	min: number;
	max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	const round = (x: number) => Math.round(x * 100) / 100;
	return {
		n: sorted.length,
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		p99: round(percentile(sorted, 99)),
		mean: round(sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1)),
		min: round(sorted[0] ?? NaN),
		max: round(sorted[sorted.length - 1] ?? NaN)
	};
}

export interface MeasureOptions {
	warmup: number;
	samples: number;
	/** Stop early (but after at least `minSamples`) when the samples have taken this long. */
	budgetMs?: number;
	minSamples?: number;
}

/**
 * Runs `once(i)` `warmup` times unmeasured, then `samples` times one after the other (no overlap),
 * timing each call. A call may return false to say "this sample does not count" (e.g. a random pair
 * that turned out to be related already); it is then redrawn, up to a limit.
 */
export async function measure(once: (i: number) => Promise<boolean | void>, opts: MeasureOptions): Promise<{ samples: number[]; skipped: number }> {
	let i = 0;
	let skipped = 0;
	for (let w = 0; w < opts.warmup; w++) await once(i++);
	const samples: number[] = [];
	const started = performance.now();
	const min = opts.minSamples ?? Math.min(opts.samples, 20);
	while (samples.length < opts.samples) {
		const t = performance.now();
		const counted = await once(i++);
		const elapsed = performance.now() - t;
		if (counted === false) {
			if (++skipped > opts.samples) throw new Error('too many samples skipped');
			continue;
		}
		samples.push(elapsed);
		if (opts.budgetMs && samples.length >= min && performance.now() - started > opts.budgetMs) break;
	}
	return { samples, skipped };
}
