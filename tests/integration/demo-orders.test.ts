/**
 * The demo's sales on the real database, for a few customers and products of this file: stored so
 * that the product's own queries read them like real orders (the customer card, the locked order of
 * a workflow step), invoice numbers without gaps, the counters continued.
 *
 * They are loaded into a past of their own (two years up to TODAY): the other files running
 * meanwhile number today's orders and invoices, whose sequences this file must not touch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lineAmounts } from '../../src/lib/domain/sales';
import { kindOf } from '../../src/lib/kinds/registry';
import { DEMO_ACTOR } from '../../src/lib/server/app/demo-data';
import { getSettings } from '../../src/lib/server/app/settings';
import { writeTx } from '../../src/lib/server/db/driver';
import { createEntity } from '../../src/lib/server/entities/pipeline';
import { customerCard } from '../../src/lib/server/sales/customer-card';
import { demoSequenceKeys, loadDemoOrders } from '../../src/lib/server/sales/demo-orders';
import { money, nextNumber, toCents } from '../../src/lib/server/sales/numbers';
import { lockOrder, type LockedOrder } from '../../src/lib/server/sales/order-steps';
import { execute, query, unique, useDatabase } from '../support/db';
import { admin, organisation } from '../support/fixtures';
import { staffUser } from '../support/sales';

useDatabase();

// Two years of history end here: years no other test writes orders in (sales statistics use 2019).
const TODAY = '2015-03-15';
/** Thrown to roll a transaction back once it has shown what it would do. */
class RollBack extends Error {}
const KEYS = demoSequenceKeys(TODAY);

async function demoProduct(sku: string, unitPrice: number, stock: number) {
	const id = await createEntity(kindOf('Product'), { name: unique(sku), sku, unitPrice, stock, leadTimeDays: 3, active: true }, admin);
	return { id, sku, stock };
}

const counters = async () =>
	Object.fromEntries((await query<{ id: string; value: number }>('MATCH (c:Counter) WHERE c.id IN $keys RETURN c.id AS id, c.value AS value', { keys: KEYS })).map((c) => [c.id, c.value]));

let customers: { id: string; name: string }[];
let ours: { id: string };
let overdue: { id: string; name: string };
let products: { id: string; sku: string; stock: number }[];
let before: Record<string, number>;
let loaded: { orders: number; invoices: number; payments: number };

beforeAll(async () => {
	await staffUser('agent');
	const gold = await organisation('Gold', { category: 'gold' });
	overdue = await organisation('Late', { category: 'bronze' });
	// The status is the customer-status job's to write: set here as the demo data states it.
	await execute("MATCH (o:Organisation {id: $id}) SET o.status = 'payment_overdue'", { id: overdue.id });
	const person = await organisation('Person', { kind: 'individual' });
	ours = await organisation('Ours', { managed: true }, admin);
	customers = [gold, overdue, person];
	products = await Promise.all([demoProduct('EAU-19L', 6.5, 1200), demoProduct('EAU-11L', 4.9, 800), demoProduct('FONT-PIED', 189, 45), demoProduct('GOB-1000', 24, 300)]);
	// A sequence already under way: the demo follows on from it.
	await execute('MERGE (c:Counter {id: $id}) SET c.value = coalesce(c.value, 0) + 41', { id: KEYS[2] });
	before = await counters();
	const settings = await getSettings();
	loaded = await writeTx((tx) =>
		loadDemoOrders(tx, { actor: DEMO_ACTOR, settings, today: TODAY, customerIds: [...customers.map((c) => c.id), ours.id], productIds: products.map((p) => p.id) })
	);
});

const ordersOf = (customerId: string) =>
	query<{ id: string; number: string; status: string; orderedOn: string }>(
		'MATCH (:Entity {id: $customerId})-[:PLACED]->(o:Order) RETURN o.id AS id, o.number AS number, o.status AS status, o.orderedOn AS orderedOn ORDER BY o.number',
		{ customerId }
	);

describe('the demo orders on the database', () => {
	it('stores orders for each customer that buys, none for our own company', async () => {
		const counts = await Promise.all(customers.map(async (c) => (await ordersOf(c.id)).length));
		expect(counts.every((n) => n > 20)).toBe(true);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(loaded.orders);
		expect(await ordersOf(ours.id)).toEqual([]);
		const [stored] = await query<{ invoices: number; payments: number }>(
			`MATCH (c:Entity)-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice) WHERE c.id IN $ids
			 RETURN count(i) AS invoices, sum(COUNT { (:Payment)-[:SETTLES]->(i) }) AS payments`,
			{ ids: customers.map((c) => c.id) }
		);
		expect(stored).toEqual({ invoices: loaded.invoices, payments: loaded.payments });
	});

	it('gives each customer card a balance that is the sum of what its invoices still owe', async () => {
		for (const customer of customers) {
			const [dues] = await query<{ due: number; total: number }>(
				'MATCH (:Entity {id: $id})-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice) RETURN sum(i.due) AS due, sum(i.total) AS total',
				{ id: customer.id }
			);
			const card = await customerCard(customer.id);
			expect(card.balance).toBe(money(toCents(dues!.due)));
			expect(card.lifetimeValue).toBe(money(toCents(dues!.total)));
			expect(card.orderCount).toBe((await ordersOf(customer.id)).length);
			expect(card.recent).toHaveLength(5);
			expect(card.recent.every((o) => o.orderedOn <= TODAY)).toBe(true);
		}
		// The overdue customer's one invoice past due on TODAY; the others are all paid up by then.
		const pastDue = await query<{ customer: string }>(
			'MATCH (c:Entity)-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice) WHERE c.id IN $ids AND i.due > 0 AND i.dueOn < $today RETURN c.id AS customer',
			{ ids: customers.map((c) => c.id), today: TODAY }
		);
		expect(pastDue).toEqual([{ customer: overdue.id }]);
	});

	it('reads back through the workflow’s locked order like a real one, dated on its own days', async () => {
		const all = (await Promise.all(customers.map((c) => ordersOf(c.id)))).flat();
		const sample = ['draft', 'confirmed', 'invoiced', 'paid', 'cancelled'].flatMap((status) => all.filter((o) => o.status === status).slice(0, 3));
		expect([...new Set(sample.map((o) => o.status))]).toEqual(expect.arrayContaining(['invoiced', 'paid', 'cancelled']));
		for (const { id, orderedOn } of sample) {
			const locked: LockedOrder = await writeTx((tx) => lockOrder(tx, id));
			const { order, lines, invoice } = locked;
			expect(order).toMatchObject({ type: 'Order', name: order.number, sortName: order.number.toLowerCase(), orderedOn });
			expect(String(order.searchText)).toContain(order.number);
			expect(String(order.createdAt).slice(0, 10)).toBe(orderedOn);
			expect(customers.map((c) => c.id)).toContain(locked.customer!.id);
			expect(locked.customer!.name).toBe(order.customerName);
			expect(locked.operatorUserId).not.toBeNull();
			expect(order.ownerId).toBe(locked.operatorUserId);
			expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
			for (const l of lines) expect({ net: toCents(l.net), tax: toCents(l.tax) }).toEqual(lineAmounts(l));
			expect(toCents(order.net)).toBe(lines.reduce((n, l) => n + toCents(l.net), 0));
			expect(toCents(order.total)).toBe(toCents(order.net) + toCents(order.tax));
			expect(invoice !== null).toBe(order.status === 'invoiced' || order.status === 'paid');
			if (invoice) expect(invoice).toMatchObject({ total: order.total, deducted: 0, paymentTermsDays: 30, customerName: order.customerName, ownerId: order.ownerId });
		}
		const [placed] = await query<{ on: string }>('MATCH (:Entity)-[r:PLACED]->(o:Order {id: $id}) RETURN toString(r.createdAt) AS on', { id: sample[0]!.id });
		expect(placed!.on.slice(0, 10)).toBe(sample[0]!.orderedOn);
	});

	it('pays invoices by payments that settle them to the cent', async () => {
		const invoices = await query<{ number: string; status: string; total: number; paid: number; due: number; payments: { name: string; amount: number; paidOn: string }[] }>(
			`MATCH (c:Entity)-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice) WHERE c.id IN $ids
			 RETURN i.number AS number, i.status AS status, i.total AS total, i.paid AS paid, i.due AS due,
			        [(p:Payment)-[:SETTLES]->(i) | p {.name, .amount, .paidOn}] AS payments`,
			{ ids: customers.map((c) => c.id) }
		);
		expect(invoices.filter((i) => i.status === 'paid').length).toBeGreaterThan(invoices.length / 2);
		for (const i of invoices) {
			expect(toCents(i.paid) + toCents(i.due)).toBe(toCents(i.total));
			expect(i.payments.reduce((n, p) => n + toCents(p.amount), 0)).toBe(toCents(i.paid));
			for (const p of i.payments) expect(p.name).toBe(`${i.number} · ${p.paidOn}`);
		}
	});

	it('numbers orders and invoices without gaps after the counters, and leaves the counters where real ones follow on', async () => {
		const after = await counters();
		const numbers = await query<{ number: string }>(
			`MATCH (c:Entity)-[:PLACED]->(o:Order) WHERE c.id IN $ids
			 OPTIONAL MATCH (o)-[:IS_INVOICED_BY]->(i:Invoice)
			 UNWIND [n IN [o.number, i.number] WHERE n IS NOT NULL] AS number
			 RETURN number`,
			{ ids: customers.map((c) => c.id) }
		);
		for (const key of KEYS) {
			const values = numbers
				.filter((n) => n.number.startsWith(`${key}-`))
				.map((n) => Number(n.number.slice(-5)))
				.sort((a, b) => a - b);
			const start = before[key] ?? 0;
			expect(values, key).toEqual(values.map((_, i) => start + i + 1));
			expect(after[key] ?? 0, key).toBe(values.at(-1) ?? start);
		}
		expect(before[KEYS[2]!]).toBeGreaterThanOrEqual(41);
		// The next real invoice of the year takes the next number (in a transaction rolled back here).
		const year = KEYS[3]!.slice(-4);
		const next = await writeTx(async (tx) => {
			const number = await nextNumber(tx, 'INV', `${year}-06-01`);
			throw new RollBack(number);
		}).catch((e: unknown) => (e instanceof RollBack ? e.message : Promise.reject(e)));
		expect(next).toBe(`INV-${year}-${String(after[KEYS[3]!]! + 1).padStart(5, '0')}`);
	});

	it('leaves each stocked product at a plausible level, the ones sold lately at a new one', async () => {
		const stock = await query<{ sku: string; stock: number }>('MATCH (p:Product) WHERE p.id IN $ids RETURN p.sku AS sku, p.stock AS stock', { ids: products.map((p) => p.id) });
		for (const { stock: level } of stock) expect(Number.isInteger(level) && level > 0).toBe(true);
		expect(stock.find((p) => p.sku === 'EAU-19L')!.stock).not.toBe(1200);
	});
});
