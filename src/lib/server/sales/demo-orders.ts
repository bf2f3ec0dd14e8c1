/**
 * Demo sales: two years of orders for the demo customers, ending on the day the demo is loaded, so
 * that every dashboard (revenue, forecasts, association rules, overdue customers) reads a past with
 * true patterns in it: fewer orders at weekends (the call centre takes orders Monday to Saturday,
 * only the portal on Sundays), more water sold in summer, the 11 L bottle taking over from the
 * 19 L one (the growing and the declining product; the others stay flat), order sizes by customer
 * category, about 6 % cancelled, and fountains sold with cups, a cup dispenser and 19 L bottles.
 *
 * `generateDemoOrders` is pure and deterministic (seeded by the customers' names and product SKUs,
 * never by their random ids); `loadDemoOrders` stores its result exactly as the order workflow
 * stores real orders, invoices and payments (sales/orders.ts, order-steps.ts, invoices.ts,
 * payments.ts), so every query reads them alike.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { STAFF_ROLES } from '$lib/domain/roles';
import { lineAmounts, maySell, type ORDER_CHANNELS, type OrderStatus, type PAYMENT_METHODS } from '$lib/domain/sales';
import { kindOf } from '$lib/kinds/registry';
import type { Settings } from '$lib/server/app/settings';
import type { Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { checkOrThrow, type WriteContext } from '$lib/server/entities/pipeline';
import { REVENUE_STATUSES } from '$lib/domain/sales-statistics';
import { addToLedgers } from './ledgers';
import { addDays, money, today as todayOf } from './numbers';
import { addToTotals } from './totals';

type Channel = (typeof ORDER_CHANNELS)[number];
type Method = (typeof PAYMENT_METHODS)[number];

export interface DemoCustomer {
	id: string;
	name: string;
	kind: 'company' | 'individual';
	category: string | null;
	/** The standing the demo gives it: its history is made to match (dormant ones stopped ordering…). */
	status: string | null;
}

export interface DemoProduct {
	id: string;
	sku: string;
	unitPrice: number;
	taxRate: number | null;
	stock: number | null;
	leadTimeDays: number | null;
	active: boolean | null;
}

/** A staff member who may take orders: their contact (TOOK_THE_ORDER) and user account (ownerId). */
export interface DemoOperator {
	contactId: string;
	userId: string;
}

export interface DemoOrdersInput {
	today: string;
	customers: DemoCustomer[];
	products: DemoProduct[];
	operators: DemoOperator[];
	defaultTaxRate: number;
	paymentTermsDays: number;
	/** The yearly sequences as they stand ('SO-2025' → 41): the demo's numbers follow on. */
	counters: Record<string, number>;
	/** Who owns the orders when no staff member may take them: the demo actor. */
	fallbackOwnerId: string;
}

/** Amounts in cents, as the workflow computes them (lineAmounts). */
export interface DemoLine {
	productId: string;
	line: number;
	quantity: number;
	unitPrice: number;
	discount: number;
	taxRate: number;
	net: number;
	tax: number;
}

export interface DemoPayment {
	amount: number;
	paidOn: string;
	method: Method;
	at: string;
}

export interface DemoInvoice {
	number: string;
	status: 'unpaid' | 'partial' | 'paid';
	issuedOn: string;
	dueOn: string;
	paid: number;
	due: number;
	at: string;
	updatedAt: string;
	payments: DemoPayment[];
}

export interface DemoOrder {
	number: string;
	customerId: string;
	customerName: string;
	operatorContactId: string | null;
	ownerId: string;
	channel: Channel;
	status: OrderStatus;
	orderedOn: string;
	confirmedOn: string | null;
	invoicedOn: string | null;
	paidOn: string | null;
	cancelledOn: string | null;
	/** When it was taken, and when its last step was taken (ISO datetimes). */
	at: string;
	updatedAt: string;
	note: string;
	lines: DemoLine[];
	net: number;
	tax: number;
	total: number;
	invoice: DemoInvoice | null;
}

export interface DemoSalesHistory {
	/** By the moment they were taken. */
	orders: DemoOrder[];
	/** The last number of each yearly sequence used. */
	counters: { id: string; value: number }[];
	/** A plausible stock now, for the products that keep one. */
	stock: { productId: string; stock: number }[];
}

// ——— Randomness: mulberry32, one stream per customer (seeded by its name) so that adding a
// customer to the demo leaves the others' histories as they were.

const SEED = 'azur-fontaine-2y';

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a of a text. */
function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
	return h >>> 0;
}

class Dice {
	private readonly next: () => number;
	constructor(key: string) {
		this.next = mulberry32(seedOf(`${SEED}:${key}`));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	between(min: number, max: number): number {
		return min + (max - min) * this.next();
	}
	int(min: number, max: number): number {
		return Math.min(max, Math.floor(this.between(min, max + 1)));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}
	weighted<T extends string>(weights: Record<T, number>): T {
		const entries = Object.entries(weights) as [T, number][];
		let left = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
		for (const [value, weight] of entries) if ((left -= weight) < 0) return value;
		return entries.at(-1)![0];
	}
}

// ——— The calendar: two years ending today.

export const DEMO_DAYS = 730;
/** Orders per weekday, Sunday first: Mondays catch up the weekend, Saturday is a half day, Sunday only the portal. */
const DAY_FACTOR = [0.15, 1.25, 1.1, 1, 1, 0.95, 0.55];
const WEEK = DAY_FACTOR.reduce((a, b) => a + b, 0);
/** Summer more: orders +15 %, water quantities +20 % in mid-July, as much less in mid-January. */
const SUMMER = { orders: 0.15, water: 0.2, peakDay: 196 };

interface Day {
	day: string;
	dow: number;
	/** −1 (mid-January) … 1 (mid-July). */
	season: number;
	/** 0 on the first day, 1 today: where the trends are. */
	t: number;
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

function calendar(today: string): Day[] {
	return Array.from({ length: DEMO_DAYS }, (_, i) => {
		const day = addDays(today, i - DEMO_DAYS + 1);
		const date = dateOf(day);
		const dayOfYear = (date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000;
		return { day, dow: date.getUTCDay(), season: Math.cos((2 * Math.PI * (dayOfYear - SUMMER.peakDay)) / 365.25), t: i / (DEMO_DAYS - 1) };
	});
}

/** The yearly sequences the demo numbers into: its loader locks them before generating. */
export function demoSequenceKeys(today: string): string[] {
	const first = Number(addDays(today, 1 - DEMO_DAYS).slice(0, 4));
	const years = Array.from({ length: Number(today.slice(0, 4)) - first + 1 }, (_, i) => first + i);
	return years.flatMap((year) => [`SO-${year}`, `INV-${year}`]);
}

/** The next day the plant works (Monday to Saturday). */
function workingDayAfter(day: string, days = 1): string {
	let d = day;
	for (let n = 0; n < days; ) {
		d = addDays(d, 1);
		if (dateOf(d).getUTCDay() !== 0) n++;
	}
	return d;
}

const at = (day: string, minute: number) => `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;

// ——— What sells, and how.

interface ProductPlan {
	/** Chance of a line in an order. */
	chance: number;
	/** Quantity for the smallest customer; a customer of size s takes s^scale times more. */
	quantity: [number, number];
	scale: number;
	/** Not for individuals (fountains, rentals, maintenance). */
	companies?: boolean;
}

/** Most orders have water, in the customer's usual format: the 11 L one's share grows ×0.4 → ×1.7 over the two years, at the 19 L one's expense. */
const WATER = { heavy: 'EAU-19L', light: 'EAU-11L', chance: 0.93, plan: { quantity: [2, 5], scale: 1 } as ProductPlan, lightTrend: [0.4, 1.7] as const, both: 0.25 };
/** A customer's usual format: mostly 19 L, either (sometimes both in one order), mostly 11 L; its share of 11 L at the start. */
const WATER_HABITS = { heavy: 0.1, mixed: 0.4, light: 0.75 };
type WaterHabit = keyof typeof WATER_HABITS;

const PLANS: Record<string, ProductPlan> = {
	CONSIGNE: { chance: 0.1, quantity: [1, 3], scale: 0.7 },
	'FONT-PIED': { chance: 0.04, quantity: [1, 1], scale: 0.3, companies: true },
	'FONT-RESEAU': { chance: 0.008, quantity: [1, 1], scale: 0, companies: true },
	'LOC-FONT': { chance: 0.15, quantity: [1, 2], scale: 0.5, companies: true },
	ENTRETIEN: { chance: 0.04, quantity: [1, 1], scale: 0.4, companies: true },
	'GOB-1000': { chance: 0.06, quantity: [1, 2], scale: 0.5 },
	'DIST-GOB': { chance: 0.015, quantity: [1, 1], scale: 0.3 }
};
/** A product added to the catalogue after the plan was written still sells now and then. */
const OTHER: ProductPlan = { chance: 0.02, quantity: [1, 2], scale: 0.3 };

/** What goes with what (apriori finds these: support ≥ 2 %, confidence ≥ 40 %). Applied in order: a dispenser added for a fountain brings its cups. */
const BASKET_RULES: { when: string; add: [sku: string, chance: number][] }[] = [
	{ when: 'FONT-PIED', add: [[WATER.heavy, 0.9], ['GOB-1000', 0.8], ['DIST-GOB', 0.5], ['CONSIGNE', 0.6]] },
	{ when: 'FONT-RESEAU', add: [['ENTRETIEN', 0.7], ['GOB-1000', 0.5]] },
	{ when: 'DIST-GOB', add: [['GOB-1000', 0.9]] }
];

/** Prices went up 3 % every 1 January: older orders were sold at the prices of their year. */
const YEARLY_PRICE_RISE = 1.03;
const CANCELLED = 0.06;
const NOTES = ['Livrer avant 10 h', 'Appeler avant la livraison', 'Reprendre les bonbonnes vides', 'Laisser à l’accueil'];

type PayHabit = 'terms' | 'soon' | 'onDelivery';

interface Segment {
	perWeek: number;
	size: number;
	/** Percent, on every line. */
	discount: number;
	pays: PayHabit;
	channels: Record<Channel, number>;
}

const SEGMENTS: Record<'gold' | 'silver' | 'bronze' | 'other' | 'individual', Segment> = {
	gold: { perWeek: 1.5, size: 8, discount: 5, pays: 'terms', channels: { phone: 0.6, portal: 0.4, counter: 0 } },
	silver: { perWeek: 0.75, size: 4, discount: 2, pays: 'soon', channels: { phone: 0.65, portal: 0.3, counter: 0.05 } },
	bronze: { perWeek: 0.37, size: 2, discount: 0, pays: 'onDelivery', channels: { phone: 0.7, portal: 0.2, counter: 0.1 } },
	other: { perWeek: 0.33, size: 1.5, discount: 0, pays: 'onDelivery', channels: { phone: 0.7, portal: 0.2, counter: 0.1 } },
	individual: { perWeek: 0.3, size: 1, discount: 0, pays: 'onDelivery', channels: { phone: 0.75, portal: 0.15, counter: 0.1 } }
};

/** Days after the invoice, within the payment terms (only the overdue customers are late). */
const PAYMENT: Record<PayHabit, { lag: [number, number]; methods: Method[] }> = {
	terms: { lag: [12, 30], methods: ['transfer'] },
	soon: { lag: [2, 14], methods: ['transfer', 'transfer', 'cheque'] },
	onDelivery: { lag: [0, 2], methods: ['cash', 'cheque', 'card'] }
};

// ——— One customer's orders.

interface Profile {
	customer: DemoCustomer;
	segment: Segment;
	perWeek: number;
	size: number;
	water: WaterHabit;
	/** Who usually takes its orders, among the staff who may. */
	operator: DemoOperator | null;
	operators: DemoOperator[];
	/** The last day it ordered: dormant customers stopped months ago, suspended ones weeks ago. */
	lastDay: string;
}

function segmentOf(customer: DemoCustomer): Segment {
	if (customer.kind === 'individual') return SEGMENTS.individual;
	return customer.category === 'gold' || customer.category === 'silver' || customer.category === 'bronze' ? SEGMENTS[customer.category] : SEGMENTS.other;
}

function profileOf(customer: DemoCustomer, input: DemoOrdersInput, dice: Dice): Profile {
	const segment = segmentOf(customer);
	const stoppedDaysAgo = customer.status === 'dormant' ? dice.int(130, 420) : customer.status === 'suspended' ? dice.int(20, 75) : 0;
	const operators = [...input.operators].sort((a, b) => a.contactId.localeCompare(b.contactId));
	return {
		customer,
		segment,
		perWeek: segment.perWeek * dice.between(0.7, 1.3),
		size: segment.size * dice.between(0.7, 1.4),
		water: dice.weighted({ heavy: 0.55, mixed: 0.25, light: 0.2 }),
		operator: operators.length > 0 ? dice.pick(operators) : null,
		operators,
		lastDay: addDays(input.today, -stoppedDaysAgo)
	};
}

interface Catalogue {
	bySku: Map<string, DemoProduct>;
	/** The products sold besides the water, with their plans. */
	extras: { product: DemoProduct; plan: ProductPlan }[];
	currentYear: number;
	defaultTaxRate: number;
}

function catalogueOf(input: DemoOrdersInput): Catalogue {
	// Inactive products are no longer offered: the demo sells none of them.
	const sellable = input.products.filter((p) => p.active !== false).sort((a, b) => a.sku.localeCompare(b.sku));
	const water = [WATER.heavy, WATER.light];
	return {
		bySku: new Map(sellable.map((p) => [p.sku, p])),
		extras: sellable.filter((p) => !water.includes(p.sku)).map((product) => ({ product, plan: PLANS[product.sku] ?? OTHER })),
		currentYear: Number(input.today.slice(0, 4)),
		defaultTaxRate: input.defaultTaxRate
	};
}

const quantityOf = (plan: ProductPlan, profile: Profile, dice: Dice, factor = 1) =>
	Math.max(1, Math.round(dice.between(plan.quantity[0], plan.quantity[1] + 1) * profile.size ** plan.scale * factor));

/** SKU → quantity: the water, the extras, then what the basket rules bring along. */
function basketOf(profile: Profile, day: Day, catalogue: Catalogue, dice: Dice): Map<string, number> {
	const basket = new Map<string, number>();
	const [from, to] = WATER.lightTrend;
	const lightShare = Math.min(0.95, WATER_HABITS[profile.water] * (from + (to - from) * day.t));
	const addWater = (sku: string) => {
		if (catalogue.bySku.has(sku)) basket.set(sku, quantityOf(WATER.plan, profile, dice, 1 + SUMMER.water * day.season));
	};
	if (dice.chance(WATER.chance)) {
		const light = dice.chance(lightShare);
		addWater(light ? WATER.light : WATER.heavy);
		if (profile.water === 'mixed' && dice.chance(WATER.both)) addWater(light ? WATER.heavy : WATER.light);
	}
	const company = profile.customer.kind === 'company';
	for (const { product, plan } of catalogue.extras) {
		if ((company || !plan.companies) && dice.chance(plan.chance)) basket.set(product.sku, quantityOf(plan, profile, dice));
	}
	for (const rule of BASKET_RULES) {
		if (!basket.has(rule.when)) continue;
		for (const [sku, chance] of rule.add) {
			if (!basket.has(sku) && catalogue.bySku.has(sku) && dice.chance(chance)) basket.set(sku, quantityOf(PLANS[sku] ?? WATER.plan, profile, dice));
		}
	}
	if (basket.size === 0) addWater(lightShare > 0.5 ? WATER.light : WATER.heavy);
	return basket;
}

function linesOf(basket: Map<string, number>, profile: Profile, year: number, catalogue: Catalogue): DemoLine[] {
	return [...basket].map(([sku, quantity], index) => {
		const product = catalogue.bySku.get(sku)!;
		const unitPrice = money(Math.round(Math.round(product.unitPrice * 100) / YEARLY_PRICE_RISE ** (catalogue.currentYear - year)));
		const taxRate = product.taxRate ?? catalogue.defaultTaxRate;
		const line = { quantity, unitPrice, discount: profile.segment.discount, taxRate };
		return { productId: product.id, line: index + 1, ...line, ...lineAmounts(line) };
	});
}

/** An order as taken, before its steps: when, how, what, and whether it will be cancelled. */
interface Taken {
	day: Day;
	minute: number;
	channel: Channel;
	lines: DemoLine[];
	cancel: 'no' | 'fromDraft' | 'fromConfirmed';
	note: string;
}

function take(profile: Profile, day: Day, catalogue: Catalogue, dice: Dice): Taken {
	const channel: Channel = day.dow === 0 ? 'portal' : dice.weighted(profile.segment.channels);
	// The call centre and the counter work office hours; the portal takes orders late too.
	const minute = channel === 'portal' ? dice.int(7 * 60, 22 * 60) : dice.int(8 * 60, 17 * 60 + 30);
	const lines = linesOf(basketOf(profile, day, catalogue, dice), profile, Number(day.day.slice(0, 4)), catalogue);
	const cancelled = channel !== 'counter' && dice.chance(CANCELLED);
	return { day, minute, channel, lines, cancel: cancelled ? (dice.chance(0.5) ? 'fromDraft' : 'fromConfirmed') : 'no', note: dice.chance(0.04) ? dice.pick(NOTES) : '' };
}

function takeAll(profile: Profile, days: Day[], catalogue: Catalogue, dice: Dice): Taken[] {
	const taken: Taken[] = [];
	for (const day of days) {
		if (day.day > profile.lastDay) break;
		const chance = ((profile.perWeek * DAY_FACTOR[day.dow]!) / WEEK) * (1 + SUMMER.orders * day.season);
		if (dice.chance(chance)) taken.push(take(profile, day, catalogue, dice));
	}
	// A customer the demo shows as active has ordered lately (else the status job would find it dormant).
	const recent = days.slice(-45).filter((d) => d.dow !== 0 && d.day <= addDays(profile.lastDay, -3));
	if (profile.customer.status === 'active' && recent.length > 0 && !taken.some((o) => o.day.day >= recent[0]!.day)) {
		taken.push(take(profile, dice.pick(recent), catalogue, dice));
	}
	return taken;
}

// ——— The steps of an order, as they would have been taken up to today.

interface Stepped {
	order: DemoOrder;
	invoiceMinute: number;
}

function centsOf(lines: DemoLine[]) {
	const net = lines.reduce((sum, l) => sum + l.net, 0);
	const tax = lines.reduce((sum, l) => sum + l.tax, 0);
	return { net, tax, total: net + tax };
}

function step(taken: Taken, profile: Profile, input: DemoOrdersInput, dice: Dice): Stepped {
	const { day, minute, channel } = taken;
	const counter = channel === 'counter';
	// Supervisors confirm the day's orders at 17:00 at the plant; a late or Sunday order waits for the next working day.
	const confirmDay = counter || (minute < 16 * 60 && day.dow !== 0) ? day.day : workingDayAfter(day.day);
	const invoiceDay = counter ? day.day : workingDayAfter(confirmDay, dice.int(1, 3));
	const cancelDay = taken.cancel === 'fromDraft' ? (dice.chance(0.5) ? day.day : workingDayAfter(day.day)) : workingDayAfter(confirmDay);
	const today = input.today;
	const confirmed = taken.cancel !== 'fromDraft' && confirmDay <= today;
	const cancelled = taken.cancel !== 'no' && cancelDay <= today;
	const invoiced = taken.cancel === 'no' && invoiceDay <= today;
	const confirmMinute = counter ? minute + 5 : 17 * 60;
	const invoiceMinute = counter ? minute + 10 : dice.int(9 * 60, 16 * 60);
	const status: OrderStatus = cancelled ? 'cancelled' : invoiced ? 'invoiced' : confirmed ? 'confirmed' : 'draft';
	const cancelMinute = cancelDay === day.day ? minute + 20 : 11 * 60;
	const lastStep = cancelled ? at(cancelDay, cancelMinute) : invoiced ? at(invoiceDay, invoiceMinute) : confirmed ? at(confirmDay, confirmMinute) : at(day.day, minute);
	// A customer mostly gets its usual operator; another one when that one is busy.
	const operator = profile.operators.length > 1 && dice.chance(0.2) ? dice.pick(profile.operators) : profile.operator;
	const order: DemoOrder = {
		number: '',
		customerId: profile.customer.id,
		customerName: profile.customer.name,
		operatorContactId: operator?.contactId ?? null,
		ownerId: operator?.userId ?? input.fallbackOwnerId,
		channel,
		status,
		orderedOn: day.day,
		confirmedOn: confirmed ? confirmDay : null,
		invoicedOn: invoiced ? invoiceDay : null,
		paidOn: null,
		cancelledOn: cancelled ? cancelDay : null,
		at: at(day.day, minute),
		updatedAt: lastStep,
		note: taken.note,
		lines: taken.lines,
		...centsOf(taken.lines),
		invoice: null
	};
	return { order, invoiceMinute };
}

/** The parts an invoice is paid in, as planned (days after it, share of the total), before today cuts them off. */
function paymentPlan(profile: Profile, order: DemoOrder, terms: number, dice: Dice): { lag: number; share: number; method: Method }[] {
	if (order.channel === 'counter') return [{ lag: 0, share: 1, method: dice.pick(['cash', 'card'] as const) }];
	const habit = PAYMENT[profile.segment.pays];
	const method = dice.pick(habit.methods);
	// Big invoices of the customers on terms are sometimes paid in two parts.
	if (profile.segment.pays === 'terms' && order.total > 20_000 && dice.chance(0.35)) {
		const first = Math.min(terms, dice.int(5, 14));
		return [
			{ lag: first, share: dice.between(0.4, 0.6), method },
			{ lag: Math.min(terms, first + dice.int(5, 16)), share: 1, method }
		];
	}
	return [{ lag: Math.min(terms, dice.int(habit.lag[0], habit.lag[1])), share: 1, method }];
}

/**
 * Invoices the orders that reached the step, and pays them as the customer does, up to today. A
 * customer the demo shows as overdue stopped paying at its last invoice already due: that one is
 * past due (the status job finds it), the later ones are not due yet.
 */
function invoiceAll(stepped: Stepped[], profile: Profile, input: DemoOrdersInput, dice: Dice): void {
	const terms = input.paymentTermsDays;
	const invoiced = stepped.filter((s) => s.order.invoicedOn !== null);
	const due = invoiced.filter((s) => addDays(s.order.invoicedOn!, terms) < input.today);
	const lastDue = profile.customer.status === 'payment_overdue' ? (due.at(-1)?.order ?? null) : null;
	for (const { order, invoiceMinute } of invoiced) {
		const issuedOn = order.invoicedOn!;
		// That one invoice, and those not due yet: another invoiced the same day is paid like any.
		const stopped = lastDue !== null && (order === lastDue || addDays(issuedOn, terms) >= input.today);
		const plan = order.total > 0 && !stopped ? paymentPlan(profile, order, terms, dice) : [];
		const payments: DemoPayment[] = [];
		let paid = 0;
		for (const part of plan) {
			const paidOn = addDays(issuedOn, part.lag);
			if (paidOn > input.today) break;
			const amount = part.share === 1 ? order.total - paid : Math.round(order.total * part.share);
			payments.push({ amount, paidOn, method: part.method, at: at(paidOn, part.lag === 0 ? invoiceMinute + 5 : dice.int(9 * 60, 17 * 60)) });
			paid += amount;
		}
		const last = payments.at(-1);
		const status = paid === order.total ? 'paid' : paid > 0 ? 'partial' : 'unpaid';
		const invoiceAt = at(issuedOn, invoiceMinute);
		order.invoice = { number: '', status, issuedOn, dueOn: addDays(issuedOn, terms), paid, due: order.total - paid, at: invoiceAt, updatedAt: last?.at ?? invoiceAt, payments };
		if (status === 'paid') {
			order.status = 'paid';
			order.paidOn = last?.paidOn ?? issuedOn;
			order.updatedAt = last?.at ?? invoiceAt;
		}
	}
}

// ——— Numbers and stock, over every customer.

/** Numbers items in the order of `moment` within each year, after the counter; returns the counters reached. */
function numberInSequence<T>(items: T[], prefix: 'SO' | 'INV', moment: (item: T) => string, assign: (item: T, number: string) => void, counters: Record<string, number>): Map<string, number> {
	const reached = new Map<string, number>();
	for (const item of [...items].sort((a, b) => moment(a).localeCompare(moment(b)))) {
		const key = `${prefix}-${moment(item).slice(0, 4)}`;
		const value = (reached.get(key) ?? counters[key] ?? 0) + 1;
		reached.set(key, value);
		assign(item, `${key}-${String(value).padStart(5, '0')}`);
	}
	return reached;
}

/** Enough of each stocked product for its recent demand over its lead time and two weeks more, give or take. */
function stockAfter(orders: DemoOrder[], input: DemoOrdersInput): DemoSalesHistory['stock'] {
	const since = addDays(input.today, -90);
	const demand = new Map<string, number>();
	for (const order of orders) {
		if (order.status === 'cancelled' || order.orderedOn < since) continue;
		for (const line of order.lines) demand.set(line.productId, (demand.get(line.productId) ?? 0) + line.quantity);
	}
	return input.products
		.filter((p) => (p.stock ?? 0) > 0 && demand.has(p.id))
		.map((p) => {
			const daily = demand.get(p.id)! / 91;
			return { productId: p.id, stock: Math.max(1, Math.round(daily * ((p.leadTimeDays ?? 0) + 14) * new Dice(`stock:${p.sku}`).between(0.8, 1.4))) };
		});
}

export function generateDemoOrders(input: DemoOrdersInput): DemoSalesHistory {
	const days = calendar(input.today);
	const catalogue = catalogueOf(input);
	const orders: DemoOrder[] = [];
	// Nothing to sell, nothing sold (an order has at least one line).
	if (catalogue.bySku.size > 0) {
		for (const customer of input.customers) {
			const dice = new Dice(`customer:${customer.name}`);
			const profile = profileOf(customer, input, dice);
			const stepped = takeAll(profile, days, catalogue, dice).map((taken) => step(taken, profile, input, dice));
			stepped.sort((a, b) => a.order.at.localeCompare(b.order.at));
			invoiceAll(stepped, profile, input, dice);
			orders.push(...stepped.map((s) => s.order));
		}
	}
	orders.sort((a, b) => a.at.localeCompare(b.at) || a.customerName.localeCompare(b.customerName));
	const invoices = orders.flatMap((o) => (o.invoice ? [o.invoice] : []));
	const so = numberInSequence(orders, 'SO', (o) => o.at, (o, n) => (o.number = n), input.counters);
	const inv = numberInSequence(invoices, 'INV', (i) => i.at, (i, n) => (i.number = n), input.counters);
	return { orders, counters: [...so, ...inv].map(([id, value]) => ({ id, value })), stock: stockAfter(orders, input) };
}

// ——— Storing it.

/** The users who may take an order (agents and above): their contacts are the demo's operators. */
const OPERATOR_ROLES = STAFF_ROLES.filter((role) => maySell(role, 'order'));
/** Orders per batch of statements: a few hundred kilobytes of parameters each. */
const BATCH = 500;

interface Sources {
	customers: DemoCustomer[];
	products: DemoProduct[];
	operators: DemoOperator[];
}

type Props = Record<string, unknown>;

/**
 * The rows of the statements that store a batch, one statement per kind of row: flat UNWINDs run
 * about twice as fast as one statement with a subquery per order. `by` is who each relation says
 * made it: the order's operator, as in the workflow (or the demo actor).
 */
interface Batch {
	orders: { id: string; customerId: string; operatorContactId: string | null; by: string; at: string; updatedAt: string; props: Props }[];
	lines: { orderId: string; productId: string; by: string; at: string; attributes: Props }[];
	invoices: { id: string; orderId: string; by: string; at: string; updatedAt: string; props: Props }[];
	payments: { id: string; invoiceId: string; by: string; at: string; props: Props }[];
}

/** A record's properties as the write pipeline derives them (name, sortName, searchText), with its owner. */
function checked(type: 'Order' | 'Invoice' | 'Payment', values: Props, ctx: WriteContext, ownerId: string): Props {
	return { ...checkOrThrow(kindOf(type), values, ctx), ownerId };
}

const present = (values: Record<string, string | null>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));

function addInvoice(batch: Batch, orderId: string, order: DemoOrder, invoice: DemoInvoice, terms: number, ctx: WriteContext): void {
	const values = {
		number: invoice.number,
		status: invoice.status,
		issuedOn: invoice.issuedOn,
		dueOn: invoice.dueOn,
		paymentTermsDays: terms,
		customerName: order.customerName,
		net: money(order.net),
		tax: money(order.tax),
		total: money(order.total),
		deducted: 0,
		paid: money(invoice.paid),
		due: money(invoice.due)
	};
	const id = randomUUID();
	batch.invoices.push({ id, orderId, by: order.ownerId, at: invoice.at, updatedAt: invoice.updatedAt, props: checked('Invoice', values, ctx, order.ownerId) });
	for (const p of invoice.payments) {
		const payment = { name: `${invoice.number} · ${p.paidOn}`, amount: money(p.amount), paidOn: p.paidOn, method: p.method, customerName: order.customerName };
		batch.payments.push({ id: randomUUID(), invoiceId: id, by: order.ownerId, at: p.at, props: checked('Payment', payment, ctx, order.ownerId) });
	}
}

function addOrder(batch: Batch, order: DemoOrder, terms: number, ctx: WriteContext): void {
	const id = randomUUID();
	const values = { number: order.number, status: order.status, channel: order.channel, orderedOn: order.orderedOn, customerName: order.customerName, net: money(order.net), tax: money(order.tax), total: money(order.total), note: order.note };
	const steps = present({ confirmedOn: order.confirmedOn, invoicedOn: order.invoicedOn, paidOn: order.paidOn, cancelledOn: order.cancelledOn });
	const { customerId, operatorContactId, ownerId: by, at, updatedAt } = order;
	batch.orders.push({ id, customerId, operatorContactId, by, at, updatedAt, props: { ...checked('Order', values, ctx, by), ...steps } });
	for (const { productId, net, tax, ...line } of order.lines) batch.lines.push({ orderId: id, productId, by, at, attributes: { ...line, net: money(net), tax: money(tax) } });
	if (order.invoice) addInvoice(batch, id, order, order.invoice, terms, ctx);
}

const COUNTED: readonly OrderStatus[] = REVENUE_STATUSES;

/** The demo's orders in the sales totals and its invoices in the ledgers, as the workflow counts real ones. */
async function count(tx: Tx, orders: DemoOrder[]): Promise<void> {
	const counted = orders
		.filter((o) => COUNTED.includes(o.status))
		.map((o) => ({ orderedOn: o.orderedOn, ownerId: o.ownerId, customerId: o.customerId, lines: o.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, net: money(l.net) })) }));
	const invoiced = new Map<string, number>();
	for (const o of orders) if (o.invoice) invoiced.set(o.customerId, (invoiced.get(o.customerId) ?? 0) + o.total);
	await addToTotals(tx, counted, 1);
	await addToLedgers(tx, [...invoiced].map(([customerId, cents]) => ({ customerId, invoiced: cents, deducted: 0 })));
}

async function store(tx: Tx, orders: DemoOrder[], terms: number, ctx: WriteContext): Promise<void> {
	const batch: Batch = { orders: [], lines: [], invoices: [], payments: [] };
	for (const order of orders) addOrder(batch, order, terms, ctx);
	await tx.query('sales/demo-orders', { rows: batch.orders });
	await tx.query('sales/demo-lines', { rows: batch.lines });
	await tx.query('sales/demo-invoices', { rows: batch.invoices });
	await tx.query('sales/demo-payments', { rows: batch.payments });
	await count(tx, orders);
}

export interface LoadDemoOrdersOptions {
	actor: Actor;
	settings: Settings;
	/** The last day of the history (tests load into a past of their own). */
	today?: string;
	/** Only these customers and products (tests); by default every demo customer and product. */
	customerIds?: string[];
	productIds?: string[];
}

/**
 * Generates and stores the demo's sales in the caller's transaction. No history entry ("created"
 * Change) is written for them: the timeline of an order and of its customer already tells its story
 * from the relations (placed, took the order, contains, invoiced, settled, each dated on its day),
 * and one entry per order would double the nodes and flood the home page's activity of the last 30
 * days with things nobody did.
 */
export async function loadDemoOrders(tx: Tx, options: LoadDemoOrdersOptions): Promise<{ orders: number; invoices: number; payments: number }> {
	const today = options.today ?? todayOf();
	const [sources] = await tx.query<Sources>('sales/demo-sources', { customerIds: options.customerIds ?? null, productIds: options.productIds ?? null, operatorRoles: OPERATOR_ROLES });
	const counters = await tx.query<{ id: string; value: number }>('sales/demo-counters', { keys: demoSequenceKeys(today) });
	const { settings } = options;
	const history = generateDemoOrders({
		today,
		...sources!,
		defaultTaxRate: settings.defaultTaxRate,
		paymentTermsDays: settings.paymentTermsDays,
		counters: Object.fromEntries(counters.map((c) => [c.id, c.value])),
		fallbackOwnerId: options.actor.id
	});
	const ctx: WriteContext = { actor: options.actor, settings, system: true };
	for (let i = 0; i < history.orders.length; i += BATCH) await store(tx, history.orders.slice(i, i + BATCH), settings.paymentTermsDays, ctx);
	await tx.query('sales/demo-finish', { counters: history.counters, stock: history.stock });
	const invoices = history.orders.flatMap((o) => (o.invoice ? [o.invoice] : []));
	return { orders: history.orders.length, invoices: invoices.length, payments: invoices.reduce((n, i) => n + i.payments.length, 0) };
}
