// The sales totals without a database: which totals an order changes, and how a range of days is
// read back from whole years, whole months and single days.
import { describe, expect, it } from 'vitest';
import { addDays, rangePieces, type RangePiece } from '../../src/lib/domain/sales-statistics';
import { totalRows } from '../../src/lib/server/sales/totals';

/** Every day the pieces cover, in order. */
function daysOf(pieces: RangePiece[]): string[] {
	const days: string[] = [];
	for (const piece of pieces) {
		for (let start = piece.from; start <= piece.to; ) {
			const end = piece.grain === 'day' ? start : piece.grain === 'month' ? addDays(`${start.slice(0, 7)}-01`, 31).slice(0, 8) + '01' : `${Number(start.slice(0, 4)) + 1}-01-01`;
			const next = piece.grain === 'day' ? addDays(start, 1) : end;
			for (let day = start; day < next; day = addDays(day, 1)) days.push(day);
			start = next;
		}
	}
	return days;
}

describe('range pieces', () => {
	it('reads two whole years as two year totals', () => {
		expect(rangePieces('2023-01-01', '2024-12-31')).toEqual([{ grain: 'year', from: '2023-01-01', to: '2024-01-01' }]);
	});

	it('reads the days before and after whole months and years one by one', () => {
		expect(rangePieces('2022-12-30', '2024-02-02')).toEqual([
			{ grain: 'day', from: '2022-12-30', to: '2022-12-31' },
			{ grain: 'year', from: '2023-01-01', to: '2023-01-01' },
			{ grain: 'month', from: '2024-01-01', to: '2024-01-01' },
			{ grain: 'day', from: '2024-02-01', to: '2024-02-02' }
		]);
		expect(rangePieces('2024-02-29', '2024-02-29')).toEqual([{ grain: 'day', from: '2024-02-29', to: '2024-02-29' }]);
		expect(rangePieces('2024-02-01', '2024-02-29')).toEqual([{ grain: 'month', from: '2024-02-01', to: '2024-02-01' }]);
	});

	it('covers every day of any range exactly once', () => {
		for (const [from, to] of [['2023-03-17', '2024-11-05'], ['2020-01-01', '2020-03-15'], ['2019-12-31', '2021-01-01'], ['2024-02-10', '2024-02-20']] as const) {
			const days = daysOf(rangePieces(from, to));
			expect(days[0]).toBe(from);
			expect(days.at(-1)).toBe(to);
			expect(new Set(days).size).toBe(days.length);
			for (let i = 1; i < days.length; i++) expect(days[i]).toBe(addDays(days[i - 1]!, 1));
		}
	});
});

describe('total rows', () => {
	const order = {
		orderedOn: '2024-03-05',
		ownerId: 'u1',
		customerId: 'c1',
		lines: [
			{ productId: 'p1', quantity: 2, net: 10.5 },
			{ productId: 'p2', quantity: 1, net: 4.25 },
			{ productId: 'p1', quantity: 1, net: 5.25 }
		]
	};

	it('counts an order in the day in all and in each day, month and year of its operator, customer and products', () => {
		const rows = totalRows([order], 1);
		const find = (dim: string, grain: string, key: string) => rows.find((r) => r.dim === dim && r.grain === grain && r.key === key);
		expect(find('all', 'day', '')).toEqual({ dim: 'all', grain: 'day', start: '2024-03-05', key: '', revenue: 2000, orders: 1, lines: 3, quantity: 4 });
		expect(find('customer', 'month', 'c1')).toMatchObject({ start: '2024-03-01', revenue: 2000, orders: 1 });
		expect(find('operator', 'year', 'u1')).toMatchObject({ start: '2024-01-01', revenue: 2000, orders: 1 });
		// Two lines of one product: one order of it.
		expect(find('product', 'day', 'p1')).toMatchObject({ revenue: 1575, orders: 1, lines: 2, quantity: 3 });
		expect(rows).toHaveLength(1 + 3 * 4);
		const ids = rows.map((r) => `${r.dim}|${r.grain}|${r.start}|${r.key}`);
		expect(ids).toEqual([...ids].sort());
	});

	it('takes a cancelled order out again, and adds orders of one day together', () => {
		const out = totalRows([order], -1);
		expect(out.every((r) => r.revenue < 0 && r.orders === -1)).toBe(true);
		const twice = totalRows([order, { ...order, customerId: null }], 1);
		expect(twice.find((r) => r.dim === 'all')).toMatchObject({ revenue: 4000, orders: 2 });
		expect(twice.filter((r) => r.dim === 'customer').every((r) => r.orders === 1)).toBe(true);
	});
});
