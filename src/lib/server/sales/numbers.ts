import type { Tx } from '$lib/server/db/driver';

/** Today as YYYY-MM-DD (UTC): the day of a workflow step. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return today(d);
}

/**
 * The next number of a yearly sequence, in the caller's transaction: "INV-2026-00001". Taken under
 * the counter's lock until commit, so the numbers of committed invoices follow each other without gaps.
 */
export async function nextNumber(tx: Tx, prefix: 'SO' | 'INV', day: string): Promise<string> {
	const year = day.slice(0, 4);
	const [row] = await tx.query<{ value: number }>('sales/next-number', { key: `${prefix}-${year}` });
	return `${prefix}-${year}-${String(row!.value).padStart(5, '0')}`;
}

/** Cents (integers, exact) to the decimals stored in money fields. */
export const money = (cents: number) => Math.round(cents) / 100;
export const toCents = (amount: unknown) => (typeof amount === 'number' ? Math.round(amount * 100) : 0);
