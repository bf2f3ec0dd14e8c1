/**
 * Sales statistics on the real database: orders taken and moved on through the real workflow, then
 * dated in March–April 2019 (a range no other test writes to), read back as totals, periods (day,
 * ISO week, month), rankings and exports, from the totals the workflow keeps. Drafts, cancelled and
 * out-of-range orders must not count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/lib/domain/errors';
import { byPeriod, type SalesStatistics, type StatisticsQuery } from '../../src/lib/domain/sales-statistics';
import { statisticsPdf } from '../../src/lib/server/documents/sales-statistics';
import { stepOrder } from '../../src/lib/server/sales/order-steps';
import { createOrder } from '../../src/lib/server/sales/orders';
import { recordPayment } from '../../src/lib/server/sales/payments';
import { rebuildTotals } from '../../src/lib/server/sales/totals';
import { assertMayReadStatistics, parseStatisticsQuery, salesStatistics, statisticsCsv } from '../../src/lib/server/sales/statistics';
import { execute, query, useDatabase } from '../support/db';
import { organisation } from '../support/fixtures';
import { readPdf } from '../support/pdf-text';
import { product, staffUser } from '../support/sales';

useDatabase();

const FROM = '2019-03-01';
const TO = '2019-04-30';

type Staff = Awaited<ReturnType<typeof staffUser>>;
let alice: Staff;
let bruno: Staff;
let supervisor: Staff;
let x: { id: string; name: string };
let y: { id: string; name: string };
let p1: { id: string; name: string };
let p2: { id: string; name: string };
const contactOf: Record<string, string> = {};

async function order(by: Staff, customerId: string, lines: { productId: string; quantity: number; discount?: number }[], on: string, steps: ('confirm' | 'invoice' | 'cancel' | 'pay')[]) {
	const { id } = await createOrder({ customerId, channel: 'phone', lines }, by, { orderedOn: on });
	for (const step of steps) {
		if (step !== 'pay') await stepOrder(id, { step }, supervisor);
		else {
			const [invoice] = await query<{ id: string; total: number }>('MATCH (:Order {id: $id})-[:IS_INVOICED_BY]->(i:Invoice) RETURN i.id AS id, i.total AS total', { id });
			await recordPayment(invoice!.id, { amount: String(invoice!.total), paidOn: on, method: 'transfer' }, by);
		}
	}
	return id;
}

const statistics = (overrides: Partial<StatisticsQuery> = {}): Promise<SalesStatistics> =>
	salesStatistics({ from: FROM, to: TO, period: 'month', by: 'customer', limit: 10, ...overrides });

beforeAll(async () => {
	// A database kept between runs (NEO4J_URI set) would still hold the orders of the last run here.
	await execute("MATCH (o:Order) WHERE o.orderedOn >= '2019-01-01' AND o.orderedOn <= '2019-12-31' DETACH DELETE o");
	await execute("MATCH (t:SalesTotal) WHERE t.start >= '2019-01-01' AND t.start <= '2019-12-31' DELETE t");
	[alice, bruno, supervisor] = await Promise.all([staffUser('agent'), staffUser('agent'), staffUser('supervisor')]);
	for (const row of await query<{ user: string; contact: string }>('MATCH (u:User)-[:HAS_CONTACT]->(c:Contact) WHERE u.id IN $ids RETURN u.id AS user, c.id AS contact', { ids: [alice.id, bruno.id] })) contactOf[row.user] = row.contact;
	// A name with a comma and quotes, which the CSV must quote.
	[x, y, p1, p2] = await Promise.all([
		organisation('Buyer "Quoted", Ltd'),
		organisation('Yonder'),
		product({ unitPrice: 10, stock: 1000, taxRate: 20 }),
		product({ unitPrice: 25, stock: 1000, taxRate: 10 })
	]);
	await order(alice, x.id, [{ productId: p1.id, quantity: 3 }, { productId: p2.id, quantity: 1 }], '2019-03-01', ['confirm']); // 55, Friday: week of 25 Feb
	await order(alice, y.id, [{ productId: p2.id, quantity: 2, discount: 10 }], '2019-03-10', ['confirm', 'invoice']); // 45, Sunday: week of 4 Mar
	await order(bruno, x.id, [{ productId: p1.id, quantity: 5 }], '2019-03-11', ['confirm', 'invoice', 'pay']); // 50, Monday: week of 11 Mar
	await order(bruno, y.id, [{ productId: p1.id, quantity: 1 }], '2019-03-12', ['confirm', 'cancel']); // cancelled
	await order(alice, x.id, [{ productId: p2.id, quantity: 4 }], '2019-04-01', []); // draft
	await order(bruno, y.id, [{ productId: p1.id, quantity: 2 }, { productId: p2.id, quantity: 2 }], '2019-04-30', ['confirm']); // 70, last day
	await order(bruno, x.id, [{ productId: p1.id, quantity: 1 }], '2019-02-28', ['confirm']); // the day before
	await order(bruno, x.id, [{ productId: p1.id, quantity: 1 }], '2019-05-01', ['confirm']); // the day after
});

describe('sales statistics', () => {
	it('adds up the confirmed, invoiced and paid orders of the range, before tax, from their lines', async () => {
		const stats = await statistics();
		expect(stats.totals).toEqual({ revenue: 220, orders: 4, lines: 6, averageOrder: 55 });
		expect(stats.currency).toMatch(/^[A-Z]{3}$/);
		const [status] = await query<{ statuses: string[] }>("MATCH (o:Order) WHERE o.orderedOn >= $from AND o.orderedOn <= $to RETURN collect(DISTINCT o.status) AS statuses", { from: FROM, to: TO });
		// The draft and the cancelled order are there, and are not revenue.
		expect(status!.statuses.sort()).toEqual(['cancelled', 'confirmed', 'draft', 'invoiced', 'paid']);
	});

	it('gives every month, ISO week and day of the range, those without sales at zero', async () => {
		expect((await statistics({ period: 'month' })).series).toEqual([
			{ start: '2019-03-01', revenue: 150, orders: 3, lines: 4 },
			{ start: '2019-04-01', revenue: 70, orders: 1, lines: 2 }
		]);
		const weeks = (await statistics({ period: 'week' })).series;
		// Weeks start on Monday: 1 March 2019 is a Friday, in the week of 25 February; 10 March, a Sunday, ends the next.
		expect(weeks.map((w) => w.start)).toEqual(['2019-02-25', '2019-03-04', '2019-03-11', '2019-03-18', '2019-03-25', '2019-04-01', '2019-04-08', '2019-04-15', '2019-04-22', '2019-04-29']);
		expect(weeks.filter((w) => w.revenue > 0)).toEqual([
			{ start: '2019-02-25', revenue: 55, orders: 1, lines: 2 },
			{ start: '2019-03-04', revenue: 45, orders: 1, lines: 1 },
			{ start: '2019-03-11', revenue: 50, orders: 1, lines: 1 },
			{ start: '2019-04-29', revenue: 70, orders: 1, lines: 2 }
		]);
		const days = (await statistics({ period: 'day' })).series;
		expect([days.length, days[0]!.start, days.at(-1)!.start]).toEqual([61, FROM, TO]);
		expect(days.filter((d) => d.orders > 0).map((d) => [d.start, d.revenue])).toEqual([['2019-03-01', 55], ['2019-03-10', 45], ['2019-03-11', 50], ['2019-04-30', 70]]);
	});

	it('ranks operators, customers and products by revenue, with their orders and quantities', async () => {
		expect((await statistics({ by: 'operator' })).top).toEqual([
			{ id: contactOf[bruno.id], type: 'Contact', name: expect.stringMatching(/^Test agent /), revenue: 120, orders: 2, quantity: 9 },
			{ id: contactOf[alice.id], type: 'Contact', name: expect.stringMatching(/^Test agent /), revenue: 100, orders: 2, quantity: 6 }
		]);
		expect((await statistics({ by: 'customer' })).top).toEqual([
			{ id: y.id, type: 'Organisation', name: y.name, revenue: 115, orders: 2, quantity: 6 },
			{ id: x.id, type: 'Organisation', name: x.name, revenue: 105, orders: 2, quantity: 9 }
		]);
		expect((await statistics({ by: 'product' })).top).toEqual([
			{ id: p2.id, type: 'Product', name: p2.name, revenue: 120, orders: 3, quantity: 5 },
			{ id: p1.id, type: 'Product', name: p1.name, revenue: 100, orders: 3, quantity: 10 }
		]);
		expect((await statistics({ by: 'product', limit: 1 })).top.map((row) => row.id)).toEqual([p2.id]);
	});

	it('keeps totals that computing them again from the orders’ lines gives back', async () => {
		const totals = () =>
			query<Record<string, unknown>>(
				"MATCH (t:SalesTotal) WHERE t.start >= '2019-01-01' AND t.start <= '2019-12-31' RETURN t {.*} AS t ORDER BY t.dim, t.grain, t.start, t.key"
			);
		const kept = await totals();
		// Day, month and year totals for each operator, customer and product, and the days in all.
		expect(kept.length).toBeGreaterThan(20);
		await rebuildTotals(2019, 2019);
		// The cancelled order was counted in, then out: its totals are still there, at zero.
		expect(await totals()).toEqual(kept.filter((row) => (row.t as { orders: number }).orders !== 0));
	});

	it('ranks a range of whole years and months from their totals as from its days', async () => {
		const whole = await statistics({ from: '2019-01-01', to: '2019-12-31', by: 'product' });
		const days = await statistics({ from: '2019-02-28', to: '2019-05-01', by: 'product' });
		expect(whole.top).toEqual(days.top);
		expect(whole.totals).toEqual(days.totals);
		expect(whole.totals.orders).toBe(6);
	});

	it('reads its query from the URL, with defaults and a sentence per wrong field', () => {
		const query = parseStatisticsQuery(new URLSearchParams('from=&by=product'), '2019-04-30');
		expect(query).toEqual({ from: '2019-01-31', to: '2019-04-30', period: 'week', by: 'product', limit: 10 });
		try {
			parseStatisticsQuery(new URLSearchParams('from=2019-04-31&to=2019-03-01&period=year&limit=500'));
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(DomainError);
			expect([(e as DomainError).status, (e as DomainError).fieldErrors]).toEqual([422, { from: 'stats.error.from', period: 'stats.error.period', limit: 'stats.error.limit' }]);
		}
		expect(() => parseStatisticsQuery(new URLSearchParams('from=2019-04-02&to=2019-04-01'))).toThrow(DomainError);
	});

	it('is for supervisors, managers and administrators', () => {
		for (const role of ['supervisor', 'manager', 'admin'] as const) expect(() => assertMayReadStatistics({ id: 'u', role })).not.toThrow();
		for (const role of ['viewer', 'agent', 'client'] as const) {
			try {
				assertMayReadStatistics({ id: 'u', role });
				expect.unreachable();
			} catch (e) {
				expect([(e as DomainError).status, (e as DomainError).message, (e as DomainError).params]).toEqual([403, 'error.forbidden', { role: `role.${role}` }]);
			}
		}
	});

	it('exports the ranking and the periods as CSV that reads back, names quoted', async () => {
		const ranking = statisticsCsv(await statistics({ by: 'customer' }), 'top', 'en');
		expect(ranking.startsWith('\uFEFF')).toBe(true);
		expect(ranking.endsWith('\r\n')).toBe(true);
		expect(ranking).toContain(`"${x.name.replaceAll('"', '""')}"`);
		const [header, ...rows] = parseCsv(ranking.slice(1));
		expect(header).toHaveLength(6);
		expect(rows).toEqual([
			['1', y.name, y.id, '115.00', '2', '6'],
			['2', x.name, x.id, '105.00', '2', '9']
		]);
		const [, ...weeks] = parseCsv(statisticsCsv(await statistics({ period: 'week' }), 'periods', 'fr').slice(1));
		expect(weeks[0]).toEqual(['2019-W09', '2019-02-25', '55.00', '1', '2', '55.00']);
		expect(weeks.at(-1)).toEqual(['2019-W18', '2019-04-29', '70.00', '1', '2', '70.00']);
		expect(weeks[3]).toEqual(['2019-W12', '2019-03-18', '0.00', '0', '0', '0.00']);
	});

	it('keeps a name a spreadsheet would take for a formula as text', () => {
		const stats: SalesStatistics = {
			query: { from: FROM, to: TO, period: 'month', by: 'customer', limit: 10 },
			currency: 'EUR',
			totals: { revenue: 1, orders: 1, lines: 1, averageOrder: 1 },
			series: byPeriod([], FROM, TO, 'month'),
			top: [{ id: 'c1', type: 'Organisation', name: '=HYPERLINK("http://evil.example")', revenue: 1, orders: 1, quantity: 1 }]
		};
		expect(parseCsv(statisticsCsv(stats, 'top', 'en').slice(1))[1]![1]).toBe(`'=HYPERLINK("http://evil.example")`);
	});

	it('prints the range, the totals and the ranking as a PDF', async () => {
		const stats = await statistics({ by: 'customer' });
		const { text } = await readPdf(await statisticsPdf({ locale: 'en', company: { name: 'Our Water Co', lines: [] }, stats, printedOn: '2019-05-02' }));
		for (const expected of ['Our Water Co', 'March 1, 2019', 'April 30, 2019', '€220.00', '€55.00', y.name, '€115.00', x.name, '€105.00', 'Page 1 of 1']) expect(text).toContain(expected);
		expect(text.indexOf(y.name)).toBeLessThan(text.indexOf(x.name));
	});
});

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted && ch === '"' && text[i + 1] === '"') {
			value += '"';
			i++;
		} else if (ch === '"') {
			quoted = !quoted;
		} else if (!quoted && ch === ',') {
			row.push(value);
			value = '';
		} else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
			rows.push([...row, value]);
			row = [];
			value = '';
			i++;
		} else {
			value += ch;
		}
	}
	if (value !== '' || row.length > 0) rows.push([...row, value]);
	return rows;
}
