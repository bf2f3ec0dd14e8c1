// The demo's sales history, generated from demo/*.json without a database: deterministic, two years
// ending today, with the patterns the dashboards are to find (weekly and yearly seasonality, the
// products' trends, the fountain ⇒ cups association), amounts as the workflow computes them, numbers
// without gaps, and each customer's standing as the demo shows it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAmounts } from '../../src/lib/domain/sales';
import { addDays } from '../../src/lib/server/sales/numbers';
import { DEMO_DAYS, generateDemoOrders, type DemoCustomer, type DemoOrder, type DemoOrdersInput, type DemoProduct } from '../../src/lib/server/sales/demo-orders';

type Row = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../demo/${file}`, import.meta.url), 'utf8')) as Row[];

// As sales/demo-sources.cypher reads them; ids stand for the names and SKUs.
const customers: DemoCustomer[] = read('organisations.json')
	.filter((o) => o.managed !== true)
	.map((o) => ({ id: `org:${String(o.name)}`, name: String(o.name), kind: o.kind as DemoCustomer['kind'], category: (o.category as string | undefined) ?? null, status: String(o.status) }));
const products: DemoProduct[] = read('products.json').map((p) => ({
	id: String(p.sku),
	sku: String(p.sku),
	unitPrice: Number(p.unitPrice),
	taxRate: null,
	stock: Number(p.stock),
	leadTimeDays: Number(p.leadTimeDays),
	active: p.active as boolean
}));

const TODAY = '2026-05-14';
const inputFor = (today: string, extra: Partial<DemoOrdersInput> = {}): DemoOrdersInput => ({
	today,
	customers,
	products,
	operators: [],
	defaultTaxRate: 20,
	paymentTermsDays: 30,
	counters: {},
	fallbackOwnerId: 'demo',
	...extra
});
const history = generateDemoOrders(inputFor(TODAY));
const { orders } = history;
const live = orders.filter((o) => o.status !== 'cancelled');

const units = (list: DemoOrder[], sku: string) => list.reduce((n, o) => n + o.lines.filter((l) => l.productId === sku).reduce((m, l) => m + l.quantity, 0), 0);
const has = (o: DemoOrder, sku: string) => o.lines.some((l) => l.productId === sku);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const month = (day: string) => Number(day.slice(5, 7));
const stepDays = (o: DemoOrder) => [o.orderedOn, o.confirmedOn, o.invoicedOn, o.paidOn, o.cancelledOn, o.invoice?.issuedOn, ...(o.invoice?.payments.map((p) => p.paidOn) ?? [])].filter((d): d is string => Boolean(d));

describe('the demo sales history', () => {
	it('is the same for the same input, and follows the day it is loaded', () => {
		expect(generateDemoOrders(inputFor(TODAY))).toEqual(history);
		const later = generateDemoOrders(inputFor('2026-09-01'));
		expect(later.orders.at(-1)!.orderedOn > TODAY).toBe(true);
	});

	it('covers the two years up to today, a few thousand orders, about 6 % cancelled', () => {
		const first = addDays(TODAY, 1 - DEMO_DAYS);
		expect(orders.every((o) => stepDays(o).every((d) => d >= first && d <= TODAY))).toBe(true);
		expect(orders[0]!.orderedOn < addDays(first, 7)).toBe(true);
		expect(orders.at(-1)!.orderedOn > addDays(TODAY, -3)).toBe(true);
		expect(orders.length).toBeGreaterThanOrEqual(3000);
		expect(orders.length).toBeLessThanOrEqual(6000);
		const cancelled = (orders.length - live.length) / orders.length;
		expect(cancelled).toBeGreaterThan(0.04);
		expect(cancelled).toBeLessThan(0.08);
		// Only the last days' orders still wait for their steps.
		expect(orders.filter((o) => o.status === 'draft' || o.status === 'confirmed').every((o) => o.orderedOn >= addDays(TODAY, -10))).toBe(true);
	});

	it('has fewer orders at weekends, and none but the portal’s on Sundays', () => {
		const perDay = Array<number>(7).fill(0);
		for (const o of orders) perDay[weekday(o.orderedOn)]!++;
		const weekdays = (perDay[1]! + perDay[2]! + perDay[3]! + perDay[4]! + perDay[5]!) / 5;
		const weekend = (perDay[6]! + perDay[0]!) / 2;
		expect(weekdays / weekend).toBeGreaterThan(2);
		expect(perDay[6]!).toBeGreaterThan(perDay[0]!);
		expect(orders.filter((o) => weekday(o.orderedOn) === 0).every((o) => o.channel === 'portal')).toBe(true);
	});

	it('sells more water in summer than in winter', () => {
		const water = (months: number[]) => {
			const list = live.filter((o) => months.includes(month(o.orderedOn)));
			return units(list, 'EAU-19L') + units(list, 'EAU-11L');
		};
		expect(water([6, 7, 8])).toBeGreaterThan(1.4 * water([12, 1, 2]));
	});

	it.each(['2026-05-14', '2025-11-20'])('has the 11 L bottle growing, the 19 L one declining and the rest flat (up to %s)', (today) => {
		const all = generateDemoOrders(inputFor(today)).orders.filter((o) => o.status !== 'cancelled');
		const yearAgo = addDays(today, -365);
		const ratio = (sku: string) => units(all.filter((o) => o.orderedOn > yearAgo), sku) / units(all.filter((o) => o.orderedOn <= yearAgo), sku);
		expect(ratio('EAU-11L')).toBeGreaterThan(1.4);
		expect(ratio('EAU-19L')).toBeLessThan(0.92);
		for (const sku of ['CONSIGNE', 'LOC-FONT', 'GOB-1000']) {
			expect(ratio(sku), sku).toBeGreaterThan(0.8);
			expect(ratio(sku), sku).toBeLessThan(1.25);
		}
		// The old 15 L range is no longer offered.
		expect(all.some((o) => has(o, 'EAU-15L'))).toBe(false);
	});

	it('sells fountains with cups often enough for apriori (support ≥ 2 %, confidence ≥ 40 %)', () => {
		const fountains = live.filter((o) => has(o, 'FONT-PIED'));
		const withCups = fountains.filter((o) => has(o, 'GOB-1000'));
		const confidence = withCups.length / fountains.length;
		expect(withCups.length / live.length).toBeGreaterThanOrEqual(0.02);
		expect(confidence).toBeGreaterThanOrEqual(0.4);
		// Cups go with fountains, not with everything: the rule lifts them well above their share.
		expect(confidence / (live.filter((o) => has(o, 'GOB-1000')).length / live.length)).toBeGreaterThan(3);
	});

	it('computes every amount as the workflow does, invoices the totals and pays them to the cent', () => {
		for (const o of orders) {
			expect(o.lines.map((l) => l.line)).toEqual(o.lines.map((_, i) => i + 1));
			for (const l of o.lines) expect({ net: l.net, tax: l.tax }).toEqual(lineAmounts(l));
			const net = o.lines.reduce((n, l) => n + l.net, 0);
			const tax = o.lines.reduce((n, l) => n + l.tax, 0);
			expect([o.net, o.tax, o.total]).toEqual([net, tax, net + tax]);
			expect(o.invoice !== null).toBe(o.status === 'invoiced' || o.status === 'paid');
			if (!o.invoice) continue;
			const { invoice } = o;
			expect(invoice.issuedOn).toBe(o.invoicedOn);
			expect(invoice.dueOn).toBe(addDays(invoice.issuedOn, 30));
			expect(invoice.payments.reduce((n, p) => n + p.amount, 0)).toBe(invoice.paid);
			expect(invoice.paid + invoice.due).toBe(o.total);
			expect(invoice.status).toBe(invoice.due === 0 ? 'paid' : invoice.paid > 0 ? 'partial' : 'unpaid');
			expect(o.status === 'paid').toBe(invoice.status === 'paid');
			expect(o.paidOn).toBe(invoice.status === 'paid' ? invoice.payments.at(-1)!.paidOn : null);
		}
		expect(orders.some((o) => o.invoice?.status === 'partial')).toBe(true);
	});

	it('numbers orders and invoices without gaps per year, in the order they were made, after the counters', () => {
		const from = { 'SO-2025': 41, 'INV-2025': 7 };
		const numbered = generateDemoOrders(inputFor(TODAY, { counters: from }));
		const sequences = new Map<string, { at: string; value: number }[]>();
		const invoices = numbered.orders.flatMap((o) => (o.invoice ? [o.invoice] : []));
		for (const { number, at } of [...numbered.orders, ...invoices]) {
			const [, prefix, year, value] = /^(SO|INV)-(\d{4})-(\d{5})$/.exec(number)!;
			expect(at.slice(0, 4)).toBe(year);
			const key = `${prefix}-${year}`;
			sequences.set(key, [...(sequences.get(key) ?? []), { at, value: Number(value) }]);
		}
		expect([...sequences.keys()].sort()).toEqual(['INV-2024', 'INV-2025', 'INV-2026', 'SO-2024', 'SO-2025', 'SO-2026']);
		for (const [key, items] of sequences) {
			const sorted = items.sort((a, b) => a.value - b.value);
			const start = from[key as keyof typeof from] ?? 0;
			expect(sorted.map((i) => i.value), key).toEqual(sorted.map((_, i) => start + i + 1));
			expect(sorted.every((item, i) => i === 0 || sorted[i - 1]!.at <= item.at), key).toBe(true);
			expect(numbered.counters.find((c) => c.id === key)?.value).toBe(sorted.at(-1)!.value);
		}
	});

	it('gives each customer the standing the demo shows: overdue ones one invoice past due, dormant ones no order for months', () => {
		const ofCustomer = (c: DemoCustomer) => orders.filter((o) => o.customerId === c.id);
		for (const customer of customers) {
			const mine = ofCustomer(customer);
			const pastDue = mine.filter((o) => o.invoice && o.invoice.due > 0 && o.invoice.dueOn < TODAY);
			const last = mine.filter((o) => o.status !== 'cancelled').at(-1)?.orderedOn ?? '';
			expect(pastDue.length, customer.name).toBe(customer.status === 'payment_overdue' ? 1 : 0);
			if (customer.status === 'dormant') expect(last < addDays(TODAY, -90), customer.name).toBe(true);
			if (customer.status === 'active') expect(last >= addDays(TODAY, -60), customer.name).toBe(true);
			if (customer.status === 'suspended') expect(mine.every((o) => o.orderedOn < addDays(TODAY, -19)), customer.name).toBe(true);
		}
	});

	it('names an operator of the staff when there are some, mostly the customer’s usual one, else the demo actor owns the orders', () => {
		expect(orders.every((o) => o.operatorContactId === null && o.ownerId === 'demo')).toBe(true);
		const operators = [
			{ contactId: 'contact-a', userId: 'user-a' },
			{ contactId: 'contact-b', userId: 'user-b' }
		];
		const taken = generateDemoOrders(inputFor(TODAY, { operators })).orders;
		expect(taken.every((o) => operators.some((op) => op.contactId === o.operatorContactId && op.userId === o.ownerId))).toBe(true);
		expect(new Set(taken.map((o) => o.ownerId)).size).toBe(2);
		// Each customer mostly gets its usual operator.
		for (const customer of customers) {
			const mine = taken.filter((o) => o.customerId === customer.id);
			const usual = Math.max(...operators.map((op) => mine.filter((o) => o.ownerId === op.userId).length));
			expect(usual / mine.length, customer.name).toBeGreaterThan(0.7);
		}
	});

	it('leaves the stocked products at a plausible level', () => {
		const stocked = products.filter((p) => (p.stock ?? 0) > 0).map((p) => p.id);
		expect(history.stock.map((s) => s.productId).sort()).toEqual(stocked.sort());
		for (const { stock } of history.stock) expect(Number.isInteger(stock) && stock > 0).toBe(true);
	});
});
