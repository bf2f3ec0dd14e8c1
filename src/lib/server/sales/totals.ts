/**
 * The sales totals the statistics read: revenue (cents, before tax), orders, lines and quantities
 * per day in all, and per day, month and year for each operator, customer and product
 * (`(:SalesTotal {dim, grain, start, key})`). They change in the transaction of the step that makes
 * an order count (confirming it) or stop counting (cancelling a confirmed order), so the statistics of
 * a million order lines read a few thousand totals instead of every line (BENCHMARKS.md).
 */
import { REVENUE_STATUSES, TOTAL_GRAINS, grainStart, type TotalGrain } from '$lib/domain/sales-statistics';
import { readTx, writeTx, type Tx } from '$lib/server/db/driver';
import { toCents } from './numbers';

/** What of an order the totals count: its day, who took it, who placed it, its lines. */
export interface CountedOrder {
	orderedOn: string;
	ownerId: string;
	customerId: string | null;
	lines: { productId: string; quantity: number; net: number }[];
}

export type TotalDimension = 'all' | 'operator' | 'customer' | 'product';

export interface TotalRow {
	dim: TotalDimension;
	grain: TotalGrain;
	start: string;
	key: string;
	revenue: number;
	orders: number;
	lines: number;
	quantity: number;
}

/** The changes `orders` make to the totals, counted in (+1) or out (−1), one row per total, in lock order. */
export function totalRows(orders: readonly CountedOrder[], sign: 1 | -1): TotalRow[] {
	const rows = new Map<string, TotalRow>();
	const add = (dim: TotalDimension, grain: TotalGrain, day: string, key: string, figures: Pick<TotalRow, 'revenue' | 'orders' | 'lines' | 'quantity'>) => {
		const start = grainStart(day, grain);
		const id = `${dim}|${grain}|${start}|${key}`;
		const row = rows.get(id) ?? { dim, grain, start, key, revenue: 0, orders: 0, lines: 0, quantity: 0 };
		row.revenue += sign * figures.revenue;
		row.orders += sign * figures.orders;
		row.lines += sign * figures.lines;
		row.quantity += sign * figures.quantity;
		rows.set(id, row);
	};
	for (const order of orders) {
		const whole = { revenue: 0, orders: 1, lines: order.lines.length, quantity: 0 };
		const perProduct = new Map<string, { revenue: number; orders: number; lines: number; quantity: number }>();
		for (const line of order.lines) {
			const cents = toCents(line.net);
			whole.revenue += cents;
			whole.quantity += line.quantity;
			// Two lines of one product are one order of it.
			const sold = perProduct.get(line.productId) ?? { revenue: 0, orders: 1, lines: 0, quantity: 0 };
			sold.revenue += cents;
			sold.lines += 1;
			sold.quantity += line.quantity;
			perProduct.set(line.productId, sold);
		}
		add('all', 'day', order.orderedOn, '', whole);
		for (const grain of TOTAL_GRAINS) {
			add('operator', grain, order.orderedOn, order.ownerId, whole);
			if (order.customerId) add('customer', grain, order.orderedOn, order.customerId, whole);
			for (const [productId, sold] of perProduct) add('product', grain, order.orderedOn, productId, sold);
		}
	}
	// Every transaction takes the totals' locks in one order, so that two cannot wait for each other.
	return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** Counts orders in (a confirmation) or out (a cancellation) of the totals, in the caller's transaction. */
export async function addToTotals(tx: Tx, orders: readonly CountedOrder[], sign: 1 | -1): Promise<void> {
	const rows = totalRows(orders, sign);
	for (let i = 0; i < rows.length; i += 5_000) await tx.query('sales/add-to-totals', { rows: rows.slice(i, i + 5_000) });
}

const nextMonth = (month: string) => {
	const [year, m] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
};

/**
 * Computes the totals of the years `fromYear` to `toYear` again from the orders' lines, in one
 * transaction: for a database that had orders before the totals existed (start-up, migration 009),
 * and for orders written in bulk (the benchmark's). Read a month at a time.
 */
export async function rebuildTotals(fromYear: number, toYear: number): Promise<void> {
	const from = `${String(fromYear).padStart(4, '0')}-01-01`;
	const to = `${String(toYear).padStart(4, '0')}-12-31`;
	const orders: CountedOrder[] = [];
	await readTx(async (tx) => {
		const [span] = await tx.query<{ first: string | null; last: string | null }>('sales/orders-span', { from, to, statuses: [...REVENUE_STATUSES] });
		if (!span?.first || !span.last) return;
		for (let month = grainStart(span.first, 'month'); month <= span.last; month = nextMonth(month)) {
			orders.push(...(await tx.query<CountedOrder>('sales/counted-orders', { from: month, to: nextMonth(month), statuses: [...REVENUE_STATUSES] })));
		}
	});
	await writeTx(async (tx) => {
		await tx.query('sales/delete-totals', { from, to });
		await addToTotals(tx, orders, 1);
	});
}

/** Every year of orders, rebuilt (see rebuildTotals). */
export async function rebuildAllTotals(): Promise<void> {
	await rebuildTotals(1, 9999);
}
