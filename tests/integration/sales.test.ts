/**
 * Sales on the real database: the order workflow (every illegal step refused, nothing written),
 * stock never oversold by concurrent confirmations, invoice numbers without gaps under concurrent
 * invoicing, payments in parts, coupons deducted once, the customer card, the customer-status job
 * and the alerts it and the workflow send.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/lib/domain/errors';
import { historyOf } from '../../src/lib/server/entities/history';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { sendMail } from '../../src/lib/server/notifications/mail';
import { notificationsOf } from '../../src/lib/server/notifications/notify';
import { generateCoupons, redeemCoupon, removeExpiredCoupons } from '../../src/lib/server/sales/coupons';
import { customerCard } from '../../src/lib/server/sales/customer-card';
import { computeCustomerStatuses, setSuspended } from '../../src/lib/server/sales/customer-status';
import { addDays, today } from '../../src/lib/server/sales/numbers';
import { stepOrder } from '../../src/lib/server/sales/order-steps';
import { createOrder } from '../../src/lib/server/sales/orders';
import { recordPayment } from '../../src/lib/server/sales/payments';
import { execute, query, useDatabase } from '../support/db';
import { organisation } from '../support/fixtures';
import { product, staffUser } from '../support/sales';
import { useSmtpServer } from '../support/smtp';
import { refusal } from '../support/refusal';

useDatabase();

type Staff = Awaited<ReturnType<typeof staffUser>>;
let operator: Staff;
let supervisor: Staff;
let manager: Staff;
let viewer: Staff;

beforeAll(async () => {
	[operator, supervisor, manager, viewer] = await Promise.all([staffUser('agent'), staffUser('supervisor'), staffUser('manager'), staffUser('viewer')]);
});

/** Everything a refused step must leave as it was: the order, its stock, its history, its invoices. */
async function snapshot(orderId: string) {
	const [row] = await query(
		`MATCH (o:Order {id: $orderId})
		 RETURN o {.*} AS order, [(o)-[:CONTAINS]->(p) | p.stock] AS stock, COUNT { (:Change)-[:ABOUT]->(o) } AS changes,
		        COUNT { (o)-[:IS_INVOICED_BY]->() } AS invoices, COUNT { MATCH (c:Counter) WHERE c.id STARTS WITH 'INV-' } AS counters`,
		{ orderId }
	);
	return row;
}

async function orderFor(customerId: string, lines: { productId: string; quantity: number; discount?: number }[], by: Staff = operator) {
	return createOrder({ customerId, channel: 'phone', lines }, by);
}

const invoiceOf = async (orderId: string) =>
	(await query<{ id: string; number: string; total: number; due: number; status: string; dueOn: string }>('MATCH (:Order {id: $orderId})-[:IS_INVOICED_BY]->(i:Invoice) RETURN i.id AS id, i.number AS number, i.total AS total, i.due AS due, i.status AS status, i.dueOn AS dueOn', { orderId }))[0]!;

describe('the order workflow', () => {
	it('takes an order with its lines as relations, confirms it (reserving stock), invoices it and is paid in two parts', async () => {
		const customer = await organisation('Buyer');
		const water = await product({ unitPrice: 6.5, stock: 100, taxRate: 20 });
		const fountain = await product({ unitPrice: 120, stock: 10, taxRate: 10 });
		const { id, number } = await orderFor(customer.id, [
			{ productId: water.id, quantity: 10, discount: 10 },
			{ productId: fountain.id, quantity: 1 }
		]);
		expect(number).toMatch(new RegExp(`^SO-${today().slice(0, 4)}-\\d{5}$`));
		const [stored] = await query<{ order: Record<string, unknown>; placed: string; took: number; lines: { quantity: number; net: number }[] }>(
			`MATCH (c:Entity)-[:PLACED]->(o:Order {id: $id})
			 RETURN o {.*} AS order, c.id AS placed, COUNT { (:Contact {userId: $operator})-[:TOOK_THE_ORDER]->(o) } AS took,
			        [(o)-[l:CONTAINS]->() | l {.quantity, .net}] AS lines`,
			{ id, operator: operator.id }
		);
		expect(stored!.placed).toBe(customer.id);
		expect(stored!.took).toBe(1);
		// 10 × 6.50 − 10 % = 58.50 (+20 % = 11.70); 120 (+10 % = 12): 178.50 before tax, 202.20 with it.
		expect(stored!.order).toMatchObject({ status: 'draft', net: 178.5, tax: 23.7, total: 202.2, customerName: customer.name, ownerId: operator.id });
		expect(stored!.lines.map((l) => l.net).sort()).toEqual([120, 58.5]);

		expect((await refusal(stepOrder(id, { step: 'confirm' }, operator))).status).toBe(403);
		await expect(stepOrder(id, { step: 'confirm' }, supervisor)).resolves.toBe('confirmed');
		const [stock] = await query<{ water: number; fountain: number }>('MATCH (w:Product {id: $w}), (f:Product {id: $f}) RETURN w.stock AS water, f.stock AS fountain', { w: water.id, f: fountain.id });
		expect(stock).toEqual({ water: 90, fountain: 9 });

		await expect(stepOrder(id, { step: 'invoice' }, supervisor)).resolves.toBe('invoiced');
		const invoice = await invoiceOf(id);
		expect(invoice).toMatchObject({ total: 202.2, due: 202.2, status: 'unpaid', dueOn: addDays(today(), 30) });
		expect(invoice.number).toMatch(new RegExp(`^INV-${today().slice(0, 4)}-\\d{5}$`));

		const over = await refusal(recordPayment(invoice.id, { amount: '300', paidOn: today(), method: 'cash' }, operator));
		expect([over.code, over.status]).toEqual(['OVERPAYMENT', 422]);
		expect((await refusal(recordPayment(invoice.id, { amount: '10', paidOn: today(), method: 'cash' }, viewer))).status).toBe(403);
		await recordPayment(invoice.id, { amount: '100', paidOn: today(), method: 'cheque' }, operator);
		expect(await invoiceOf(id)).toMatchObject({ due: 102.2, status: 'partial' });
		await recordPayment(invoice.id, { amount: '102.20', paidOn: today(), method: 'transfer' }, operator);
		expect(await invoiceOf(id)).toMatchObject({ due: 0, status: 'paid' });
		const [paid] = await query<{ status: string; payments: number }>('MATCH (o:Order {id: $id})-[:IS_INVOICED_BY]->(i) RETURN o.status AS status, COUNT { (:Payment)-[:SETTLES]->(i) } AS payments', { id });
		expect(paid).toEqual({ status: 'paid', payments: 2 });
		const steps = (await historyOf(id, null)).items.flatMap((h) => h.fields.filter((f) => f.field === 'status').map((f) => `${f.before}→${f.after}`));
		expect(steps.reverse()).toEqual(['draft→confirmed', 'confirmed→invoiced', 'invoiced→paid']);
	});

	it('refuses every illegal step with a sentence and writes nothing', async () => {
		const customer = await organisation('Strict');
		const water = await product({ unitPrice: 5, stock: 20 });
		const { id } = await orderFor(customer.id, [{ productId: water.id, quantity: 2 }]);
		const attempts: [string, Staff, number, string][] = [
			['invoice', supervisor, 409, 'ILLEGAL_STEP'], // a draft is confirmed first
			['confirm', viewer, 403, 'FORBIDDEN'],
			['teleport', manager, 422, 'INVALID_INPUT']
		];
		for (const [step, who, status, code] of attempts) {
			const before = await snapshot(id);
			const e = await refusal(stepOrder(id, { step }, who));
			expect(`${step} ${e.status} ${e.code}`).toBe(`${step} ${status} ${code}`);
			expect(e.message).not.toBe('');
			expect(await snapshot(id)).toEqual(before);
		}
		await stepOrder(id, { step: 'confirm' }, supervisor);
		for (const [step, who, status] of [['confirm', supervisor, 409], ['cancel', operator, 403]] as const) {
			const before = await snapshot(id);
			expect((await refusal(stepOrder(id, { step }, who))).status).toBe(status);
			expect(await snapshot(id)).toEqual(before);
		}
		// A supervisor cancels a confirmed order: its stock comes back.
		await stepOrder(id, { step: 'cancel' }, supervisor);
		expect((await query<{ stock: number }>('MATCH (p:Product {id: $id}) RETURN p.stock AS stock', { id: water.id }))[0]!.stock).toBe(20);
		for (const step of ['confirm', 'invoice', 'cancel']) {
			const before = await snapshot(id);
			expect((await refusal(stepOrder(id, { step }, manager))).code).toBe('ILLEGAL_STEP');
			expect(await snapshot(id)).toEqual(before);
		}
		// Nor does it go to the trash: a workflow's records stay.
		const before = await snapshot(id);
		expect((await refusal(trashEntity(id, manager))).code).toBe('WORKFLOW_RECORD');
		expect(await snapshot(id)).toEqual(before);
	});

	it('refuses an order without lines, for a missing customer or an inactive product, and one from a suspended customer', async () => {
		const customer = await organisation('Picky');
		const water = await product({ unitPrice: 5, stock: 5 });
		expect((await refusal(createOrder({ customerId: customer.id, channel: 'phone', lines: [] }, operator))).fieldErrors).toEqual({ lines: 'sales.error.noLines' });
		expect((await refusal(orderFor('nobody', [{ productId: water.id, quantity: 1 }]))).status).toBe(404);
		expect((await refusal(orderFor(customer.id, [{ productId: water.id, quantity: 0 }]))).fieldErrors).toEqual({ 'lines.0.quantity': 'sales.error.quantity' });
		await execute('MATCH (p:Product {id: $id}) SET p.active = false', { id: water.id });
		expect((await refusal(orderFor(customer.id, [{ productId: water.id, quantity: 1 }]))).code).toBe('PRODUCT_INACTIVE');
		await setSuspended(customer.id, true, supervisor);
		await execute('MATCH (p:Product {id: $id}) SET p.active = true', { id: water.id });
		expect((await refusal(orderFor(customer.id, [{ productId: water.id, quantity: 1 }]))).code).toBe('CUSTOMER_SUSPENDED');
		const [count] = await query<{ n: number }>('MATCH (:Entity {id: $id})-[:PLACED]->(o:Order) RETURN count(o) AS n', { id: customer.id });
		expect(count!.n).toBe(0);
	});

	it('lets eight concurrent confirmations on the last units never oversell; a manager may override, recorded', async () => {
		const customer = await organisation('Rush');
		const scarce = await product({ unitPrice: 9, stock: 3 });
		const orders = await Promise.all(Array.from({ length: 8 }, () => orderFor(customer.id, [{ productId: scarce.id, quantity: 1 }])));
		const results = await Promise.allSettled(orders.map((o) => stepOrder(o.id, { step: 'confirm' }, supervisor)));
		const confirmed = results.filter((r) => r.status === 'fulfilled').length;
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as DomainError).code);
		expect(confirmed).toBe(3);
		expect(refused).toEqual(Array(5).fill('OUT_OF_STOCK'));
		const [left] = await query<{ stock: number; confirmed: number }>(
			"MATCH (p:Product {id: $id}) RETURN p.stock AS stock, COUNT { (o:Order {status: 'confirmed'})-[:CONTAINS]->(p) } AS confirmed",
			{ id: scarce.id }
		);
		expect(left).toEqual({ stock: 0, confirmed: 3 });
		const draft = orders.find((_, i) => results[i]!.status === 'rejected')!;
		expect((await refusal(stepOrder(draft.id, { step: 'confirm', overrideStock: 'on', reason: 'plant refill tonight' }, supervisor))).status).toBe(403);
		expect((await refusal(stepOrder(draft.id, { step: 'confirm', overrideStock: 'on' }, manager))).code).toBe('INVALID_INPUT');
		await stepOrder(draft.id, { step: 'confirm', overrideStock: 'on', reason: 'plant refill tonight' }, manager);
		const [after] = await query<{ stock: number }>('MATCH (p:Product {id: $id}) RETURN p.stock AS stock', { id: scarce.id });
		expect(after!.stock).toBe(-1);
		const override = (await historyOf(draft.id, null)).items.find((h) => h.action === 'stockOverride');
		expect(override?.fields).toEqual(expect.arrayContaining([{ field: 'reason', before: null, after: 'plant refill tonight' }]));
	});

	it('numbers eight concurrent invoicings without a gap', async () => {
		const customer = await organisation('Invoiced');
		const water = await product({ unitPrice: 4, stock: null });
		const orders = await Promise.all(Array.from({ length: 8 }, () => orderFor(customer.id, [{ productId: water.id, quantity: 2 }])));
		for (const o of orders) await stepOrder(o.id, { step: 'confirm' }, supervisor);
		await Promise.all(orders.map((o) => stepOrder(o.id, { step: 'invoice' }, supervisor)));
		const numbers = (await Promise.all(orders.map((o) => invoiceOf(o.id)))).map((i) => Number(i.number.slice(-5))).sort((a, b) => a - b);
		expect(new Set(numbers).size).toBe(8);
		expect(numbers.at(-1)! - numbers[0]!).toBe(7);
		const [counter] = await query<{ value: number }>('MATCH (c:Counter {id: $id}) RETURN c.value AS value', { id: `INV-${today().slice(0, 4)}` });
		expect(counter!.value).toBeGreaterThanOrEqual(numbers.at(-1)!);
	});
});

describe('coupons', () => {
	async function invoicedOrder(customerId: string, quantity = 10) {
		const water = await product({ unitPrice: 10, stock: null, taxRate: 0 });
		const { id } = await orderFor(customerId, [{ productId: water.id, quantity }]);
		await stepOrder(id, { step: 'confirm' }, supervisor);
		await stepOrder(id, { step: 'invoice' }, supervisor);
		return invoiceOf(id);
	}
	const pinOf = async (code: string) => (await query<{ pin: string }>('MATCH (:Coupon {code: $code})-[:HAS_PIN]->(p) RETURN p.pin AS pin', { code }))[0]!.pin;

	it('are generated by managers only, 14 random digits each, PINs kept off the coupon', async () => {
		const customer = await organisation('Coupons');
		expect((await refusal(generateCoupons({ customerId: customer.id, count: 3, amount: 5 }, supervisor))).status).toBe(403);
		const { batch, count } = await generateCoupons({ customerId: customer.id, count: 20, amount: '15' }, manager);
		expect(count).toBe(20);
		const coupons = await query<{ c: Record<string, unknown>; pin: string }>('MATCH (c:Coupon {batch: $batch})-[:HAS_PIN]->(p) RETURN c {.*} AS c, p.pin AS pin', { batch });
		expect(coupons).toHaveLength(20);
		for (const { c, pin } of coupons) {
			expect(c.code).toMatch(/^[1-9]\d{13}$/);
			expect(pin).toMatch(/^\d{4}$/);
			expect(Object.values(c)).not.toContain(pin);
			expect(c).toMatchObject({ amount: 15, status: 'valid', expiresOn: addDays(today(), 365) });
		}
		const sorted = coupons.map((x) => BigInt(x.c.code as string)).sort((a, b) => (a < b ? -1 : 1));
		// Not a sequence: consecutive IDs would betray the next one.
		expect(sorted.some((v, i) => i > 0 && v - sorted[i - 1]! === 1n)).toBe(false);
	});

	it('are deducted once when two validations race, refused when wrong, expired or used, and throttled after five wrong PINs', async () => {
		const customer = await organisation('Racing');
		const [first, second] = [await invoicedOrder(customer.id), await invoicedOrder(customer.id)];
		const { batch } = await generateCoupons({ customerId: customer.id, count: 1, amount: 30, pin: '4321' }, manager);
		const [{ code }] = (await query<{ code: string }>('MATCH (c:Coupon {batch: $batch}) RETURN c.code AS code', { batch })) as [{ code: string }];
		const results = await Promise.allSettled([first, second].map((inv) => redeemCoupon(inv.id, { code, pin: '4321' }, operator)));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.map((r) => (r.status === 'rejected' ? (r.reason as DomainError).code : 'ok')).sort()).toEqual(['COUPON_USED', 'ok']);
		const [sum] = await query<{ deducted: number }>('MATCH (i:Invoice) WHERE i.id IN $ids RETURN sum(i.deducted) AS deducted', { ids: [first.id, second.id] });
		expect(sum!.deducted).toBe(30);
		// The card's lifetime value is what was invoiced net of the coupon, its balance what is left to pay.
		const [invoiced] = await query<{ total: number }>('MATCH (i:Invoice) WHERE i.id IN $ids RETURN sum(i.total) AS total', { ids: [first.id, second.id] });
		expect(await customerCard(customer.id)).toMatchObject({ lifetimeValue: invoiced!.total - 30, balance: invoiced!.total - 30 });

		const other = await generateCoupons({ customerId: customer.id, count: 1, amount: 5, pin: '1111' }, manager);
		const [{ code: code2 }] = (await query<{ code: string }>('MATCH (c:Coupon {batch: $batch}) RETURN c.code AS code', { batch: other.batch })) as [{ code: string }];
		expect(await pinOf(code2)).toBe('1111');
		await execute('MATCH (c:Coupon {code: $code}) SET c.expiresOn = $past', { code: code2, past: addDays(today(), -1) });
		expect((await refusal(redeemCoupon(second.id, { code: code2, pin: '1111' }, operator))).code).toBe('COUPON_EXPIRED');

		const guesser = await staffUser('agent');
		for (let i = 0; i < 5; i++) expect((await refusal(redeemCoupon(second.id, { code, pin: String(1000 + i) }, guesser))).code).toBe('COUPON_WRONG');
		const locked = await refusal(redeemCoupon(second.id, { code: code2, pin: '1111' }, guesser));
		expect([locked.code, locked.status]).toEqual(['TOO_MANY_GUESSES', 429]);
		expect((await refusal(redeemCoupon(second.id, { code: '12', pin: '1111' }, operator))).fieldErrors).toEqual({ code: 'sales.error.code' });

		// The expiry job removes the expired coupon and says so on the customer's timeline.
		await removeExpiredCoupons({ job: {} as never, payload: {}, progress: async () => {}, signal: new AbortController().signal });
		expect(await query('MATCH (c:Coupon {code: $code}) RETURN c', { code: code2 })).toHaveLength(0);
		expect((await historyOf(customer.id, null)).items.some((h) => h.action === 'couponRemoved' && JSON.stringify(h.fields).includes(code2))).toBe(true);
	});
});

describe('the customer card, standing and alerts', () => {
	const { inbox, url } = useSmtpServer();
	beforeAll(() => {
		process.env.SMTP_URL = url();
	});

	it('shows balance, lifetime value, recent orders and overdue invoices; the status job marks the customer overdue and tells its operator', async () => {
		const customer = await organisation('Carded');
		const water = await product({ unitPrice: 50, stock: null, taxRate: 0 });
		const ids: string[] = [];
		for (const quantity of [1, 2, 3]) {
			const { id } = await orderFor(customer.id, [{ productId: water.id, quantity }]);
			await stepOrder(id, { step: 'confirm' }, supervisor);
			await stepOrder(id, { step: 'invoice' }, supervisor);
			ids.push(id);
		}
		await recordPayment((await invoiceOf(ids[0]!)).id, { amount: 50, paidOn: today(), method: 'cash' }, operator);
		const late = await invoiceOf(ids[1]!);
		await execute('MATCH (i:Invoice {id: $id}) SET i.dueOn = $due', { id: late.id, due: addDays(today(), -12) });
		const card = await customerCard(customer.id);
		expect(card).toMatchObject({ balance: 250, lifetimeValue: 300, orderCount: 3, status: 'active' });
		expect(card.recent).toHaveLength(3);
		expect(card.unpaid.map((u) => [u.number, u.daysOverdue]).sort()).toEqual([[late.number, 12], [(await invoiceOf(ids[2]!)).number, 0]].sort());

		await computeCustomerStatuses();
		expect((await customerCard(customer.id)).status).toBe('payment_overdue');
		const notes = await notificationsOf(operator.id);
		expect(notes.items.some((n) => n.title === 'sales.alert.overdue' && n.params.customer === customer.name)).toBe(true);
		// Suspension by a supervisor stays through the job's next run, and the history keeps who did it.
		expect((await refusal(setSuspended(customer.id, true, operator))).status).toBe(403);
		await setSuspended(customer.id, true, supervisor);
		await computeCustomerStatuses();
		expect((await customerCard(customer.id)).status).toBe('suspended');
		await setSuspended(customer.id, false, supervisor);
		await computeCustomerStatuses();
		expect((await customerCard(customer.id)).status).toBe('payment_overdue');
		// A customer with no order for longer than the settings' threshold is dormant.
		const quiet = await organisation('Quiet');
		const { id } = await orderFor(quiet.id, [{ productId: water.id, quantity: 1 }]);
		await execute('MATCH (o:Order {id: $id}) SET o.orderedOn = $long', { id, long: addDays(today(), -200) });
		await computeCustomerStatuses();
		expect((await customerCard(quiet.id)).status).toBe('dormant');
	});

	it('mails a customer past its credit limit (on its timeline), tells the operator, and tells the operator of the confirmation', async () => {
		const email = `buyer-${Date.now()}@example.com`;
		const customer = await organisation('Limited', { emails: [email], creditLimit: '100' });
		const water = await product({ unitPrice: 80, stock: null, taxRate: 0 });
		const { id, number } = await orderFor(customer.id, [{ productId: water.id, quantity: 2 }]);
		await stepOrder(id, { step: 'confirm' }, supervisor);
		const titles = (await notificationsOf(operator.id)).items.filter((n) => n.params.number === number).map((n) => n.title);
		expect(titles.sort()).toEqual(['sales.alert.confirmed', 'sales.alert.creditLimit']);
		const [mail] = await query<{ id: string }>('MATCH (m:Mail {to: $email}) RETURN m.id AS id', { email });
		await sendMail({ job: {} as never, payload: { mailId: mail!.id }, progress: async () => {}, signal: new AbortController().signal });
		const deadline = Date.now() + 10_000;
		while (!inbox.some((m) => m.to === email) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		expect(inbox.find((m) => m.to === email)?.data).toContain('160');
		const mailed = (await historyOf(customer.id, null)).items.find((h) => h.action === 'mailed');
		expect(mailed?.fields[0]?.after).toContain(email);
	});
});
