/**
 * Seeded randomness for the generator: the same seed gives the same graph (ids included), so a
 * regenerated database is comparable with the one it replaces.
 */

export type Rng = () => number;

/** sfc32: small, fast, good enough for synthetic data; returns floats in [0, 1). */
export function rng(seed: number): Rng {
	let a = 0x9e3779b9 ^ seed;
	let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
	let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
	let d = 1;
	const next = () => {
		a |= 0;
		b |= 0;
		c |= 0;
		d |= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 16; i++) next();
	return next;
}

export const int = (r: Rng, n: number) => Math.floor(r() * n);
export const pick = <T>(r: Rng, list: readonly T[]): T => list[int(r, list.length)]!;
export const chance = (r: Rng, p: number) => r() < p;

/** A version-4 UUID drawn from the generator (same shape as `crypto.randomUUID()`). */
export function uuid(r: Rng): string {
	const hex = (n: number) => Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0').slice(0, n);
	const a = hex(8);
	const b = hex(8);
	const c = hex(8);
	const d = hex(8);
	const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
	return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** Fisher-Yates, in place. */
export function shuffle<T>(r: Rng, list: T[]): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = int(r, i + 1);
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/**
 * A rank in [0, n) with P(rank = k) ∝ (k + 1)^-alpha (a bounded Zipf law, 0 < alpha < 1), by inverting
 * the continuous CDF x^(1-alpha). alpha 0.7 puts ~0.6 % of all picks on the top rank of 400,000 and
 * gives a power-law degree distribution with a long tail of entities related once or twice.
 */
export function zipfRank(r: Rng, n: number, alpha: number): number {
	const k = Math.floor(n * r() ** (1 / (1 - alpha)));
	return Math.min(k, n - 1);
}

/** k distinct integers from [0, n), in random order (k ≪ n: rejection; else a partial shuffle). */
export function sample(r: Rng, n: number, k: number): number[] {
	if (k > n) throw new Error(`cannot draw ${k} distinct values from ${n}`);
	if (k * 4 < n) {
		const seen = new Set<number>();
		while (seen.size < k) seen.add(int(r, n));
		return [...seen];
	}
	const all = Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < k; i++) {
		const j = i + int(r, n - i);
		[all[i], all[j]] = [all[j]!, all[i]!];
	}
	return all.slice(0, k);
}
