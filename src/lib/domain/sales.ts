/**
 * Sales: the order workflow, who may take each step, and the inputs of the sales forms. Shared by the
 * server (which enforces it) and the browser (which offers only the steps a user may take).
 */
import { z } from 'zod';
import type { StaffRole, Role } from './roles';
import { STAFF_ROLES } from './roles';

export const ORDER_STATUSES = ['draft', 'confirmed', 'invoiced', 'paid', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_CHANNELS = ['phone', 'portal', 'counter'] as const;
export const PAYMENT_METHODS = ['cash', 'cheque', 'transfer', 'card'] as const;
export const INVOICE_STATUSES = ['unpaid', 'partial', 'paid'] as const;
export const COUPON_STATUSES = ['valid', 'redeemed', 'expired'] as const;
/** A customer's standing with us (the organisation's status field): computed by the customer-status job, suspended by hand. */
export const CUSTOMER_STATUSES = ['active', 'dormant', 'suspended', 'payment_overdue'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** The steps a user takes by hand (an invoice's last payment makes its order paid by itself). */
export const ORDER_STEPS = ['confirm', 'invoice', 'cancel'] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];

/** Where each step may start from, and where it leads. */
export const STEP_RULES: Record<OrderStep, { from: readonly OrderStatus[]; to: OrderStatus }> = {
	confirm: { from: ['draft'], to: 'confirmed' },
	invoice: { from: ['confirmed'], to: 'invoiced' },
	cancel: { from: ['draft', 'confirmed'], to: 'cancelled' }
};

/**
 * The least trusted role that may do each thing. Operators (agents) take orders and record payments;
 * supervisors confirm at the plant, invoice and cancel a confirmed order; managers hand out coupons
 * and may let stock go below zero.
 */
const MINIMUM: Record<'order' | 'cancelDraft' | OrderStep | 'pay' | 'suspend' | 'coupons' | 'overrideStock' | 'redeem', StaffRole> = {
	order: 'agent',
	cancelDraft: 'agent',
	confirm: 'supervisor',
	invoice: 'supervisor',
	cancel: 'supervisor',
	pay: 'agent',
	redeem: 'agent',
	suspend: 'supervisor',
	coupons: 'manager',
	overrideStock: 'manager'
};
export type SalesPermission = keyof typeof MINIMUM;

export function maySell(role: Role | null | undefined, what: SalesPermission): boolean {
	if (!role || role === 'client') return false;
	return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(MINIMUM[what]);
}

/** Whether `role` may take `step` on an order in `status` (cancelling a draft is the operator's own undo). */
export function mayStep(role: Role | null | undefined, step: OrderStep, status: OrderStatus): boolean {
	if (!STEP_RULES[step].from.includes(status)) return false;
	return maySell(role, step === 'cancel' && status === 'draft' ? 'cancelDraft' : step);
}

const number = (max: number, message: string) =>
	z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : v), z.number({ error: message }).finite({ error: message }).min(0, { error: message }).max(max, { error: message }));

export const orderLineInput = z.object({
	productId: z.string({ error: 'sales.error.product' }).min(1, { error: 'sales.error.product' }),
	quantity: z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number({ error: 'sales.error.quantity' }).int({ error: 'sales.error.quantity' }).min(1, { error: 'sales.error.quantity' }).max(100_000, { error: 'sales.error.quantity' })),
	/** Blank: the product's price. */
	unitPrice: z.preprocess((v) => (v === '' || v === null ? undefined : v), number(10_000_000, 'sales.error.price').optional()),
	discount: z.preprocess((v) => (v === '' || v === undefined || v === null ? 0 : v), number(100, 'sales.error.discount')),
	taxRate: z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : v), number(100, 'sales.error.tax').optional())
});
export type OrderLineInput = z.output<typeof orderLineInput>;

export const orderInput = z.object({
	customerId: z.string({ error: 'sales.error.customer' }).min(1, { error: 'sales.error.customer' }),
	channel: z.enum(ORDER_CHANNELS, { error: 'sales.error.channel' }),
	note: z.string().trim().max(2000, { error: 'error.tooLong' }).optional().default(''),
	lines: z.array(orderLineInput).min(1, { error: 'sales.error.noLines' }).max(200, { error: 'sales.error.tooManyLines' }),
	/** The call the order is taken on (from the call's page or an incoming call's screen). */
	callId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().uuid({ error: 'sales.error.call' }).optional())
});
export type OrderInput = z.output<typeof orderInput>;

export const stepInput = z.object({
	step: z.enum(ORDER_STEPS, { error: 'sales.error.step' }),
	/** Confirming below the stock: a manager's explicit choice, with the reason recorded. */
	overrideStock: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).default(false),
	reason: z.string().trim().max(500, { error: 'error.tooLong' }).optional().default('')
});

export const paymentInput = z.object({
	amount: number(10_000_000, 'sales.error.amount').refine((v) => v > 0, { error: 'sales.error.amount' }),
	paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error.date' }).refine((v) => !Number.isNaN(Date.parse(v)), { error: 'error.date' }),
	method: z.enum(PAYMENT_METHODS, { error: 'sales.error.method' })
});
export type PaymentInput = z.output<typeof paymentInput>;

export const couponBatchInput = z.object({
	customerId: z.string({ error: 'sales.error.customer' }).min(1, { error: 'sales.error.customer' }),
	count: z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.number({ error: 'sales.error.count' }).int({ error: 'sales.error.count' }).min(1, { error: 'sales.error.count' }).max(500, { error: 'sales.error.count' })),
	amount: number(1_000_000, 'sales.error.amount').refine((v) => v > 0, { error: 'sales.error.amount' }),
	/** One PIN for the whole batch (4 digits), or blank for one PIN per coupon. */
	pin: z.string().trim().regex(/^(\d{4})?$/, { error: 'sales.error.pin' }).optional().default('')
});
export type CouponBatchInput = z.output<typeof couponBatchInput>;

export const redeemInput = z.object({
	code: z.string().transform((v) => v.replace(/[\s-]/g, '')).pipe(z.string().regex(/^\d{14}$/, { error: 'sales.error.code' })),
	pin: z.string().trim().regex(/^\d{4}$/, { error: 'sales.error.pin' })
});

/** Money kept to the cent: amounts are computed in cents and stored as decimals of two places. */
export const cents = (amount: number) => Math.round(amount * 100);
export const fromCents = (value: number) => value / 100;

/** A line's amount before tax, and its tax, in cents. */
export function lineAmounts(line: { quantity: number; unitPrice: number; discount: number; taxRate: number }): { net: number; tax: number } {
	const net = Math.round(line.quantity * cents(line.unitPrice) * (1 - line.discount / 100));
	return { net, tax: Math.round((net * line.taxRate) / 100) };
}

/** What the customer card shows. */
export interface CustomerCard {
	status: CustomerStatus | null;
	creditLimit: number | null;
	balance: number;
	lifetimeValue: number;
	orderCount: number;
	recent: { id: string; number: string; orderedOn: string; status: OrderStatus; total: number }[];
	unpaid: { id: string; number: string; dueOn: string; due: number; daysOverdue: number }[];
}

/** What an order's page shows besides its fields, and what the reader may do there. */
export interface OrderPanel {
	lines: { productId: string; product: string; sku: string | null; quantity: number; unitPrice: number; discount: number; taxRate: number; net: number; tax: number }[];
	customer: { id: string; name: string; type: string } | null;
	invoice: { id: string; number: string; status: string; issuedOn: string; dueOn: string; total: number; deducted: number; paid: number; due: number } | null;
	payments: { id: string; amount: number; paidOn: string; method: string }[];
	coupons: { id: string; code: string; deductedAmount: number; redeemedOn: string }[];
	/** The workflow steps the reader may take now. */
	steps: OrderStep[];
	may: { pay: boolean; redeem: boolean; overrideStock: boolean };
}

/** The kinds that buy from us. */
export const CUSTOMER_TYPES: readonly string[] = ['Organisation', 'Contact'];
