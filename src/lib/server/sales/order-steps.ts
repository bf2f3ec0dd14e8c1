/**
 * The order workflow: draft → confirmed → invoiced → paid, cancelled from draft or confirmed. Each
 * step is one transaction on the locked order: the role and the status are checked there, so two
 * people taking steps at once are served one after the other and the second is refused with a
 * sentence when the first already moved the order on.
 */
import { DomainError } from '$lib/domain/errors';
import type { FieldChange } from '$lib/domain/history';
import { parseOrThrow } from '$lib/domain/forms';
import { maySell, mayStep, STEP_RULES, stepInput, type OrderStatus, type OrderStep } from '$lib/domain/sales';
import { getSettings, type Settings } from '$lib/server/app/settings';
import { writeTx, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { recordChange } from '$lib/server/entities/history';
import { announceChange } from '$lib/server/entities/pipeline';
import { afterConfirmation, customerLocale } from './alerts';
import { createInvoice } from './invoices';
import { today } from './numbers';
import { addToTotals, type CountedOrder } from './totals';

export interface LockedOrder {
	order: Record<string, unknown> & { id: string; number: string; status: OrderStatus; total: number; ownerId: string };
	customer: { id: string; name: string; type: string; emails: string[] | null; creditLimit: number | null } | null;
	lines: { productId: string; name: string; sku: string | null; quantity: number; unitPrice: number; discount: number; taxRate: number; net: number; tax: number; line: number }[];
	operatorUserId: string | null;
	invoice: Record<string, unknown> | null;
}

export async function lockOrder(tx: Tx, id: string): Promise<LockedOrder> {
	const [row] = await tx.query<LockedOrder>('sales/lock-order', { id });
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	row.lines.sort((a, b) => a.line - b.line);
	return row;
}

const DATE_FIELD: Record<OrderStatus, string> = { draft: 'orderedOn', confirmed: 'confirmedOn', invoiced: 'invoicedOn', paid: 'paidOn', cancelled: 'cancelledOn' };

/** Moves an order to `status` and says so in its history (and on every open page). */
export async function setOrderStatus(tx: Tx, order: LockedOrder['order'], status: OrderStatus, actor: Actor): Promise<void> {
	const day = today();
	const fields = JSON.stringify([{ field: 'status', before: order.status, after: status }]);
	await Promise.all([
		tx.query('sales/set-order-status', { id: order.id, status, dateField: DATE_FIELD[status], on: day, actorId: actor.id, fields }),
		announceChange(tx, { id: order.id, type: 'Order', name: order.number }, 'updated', actor)
	]);
}

/** What of a locked order the sales totals count. */
const counted = ({ order, customer, lines }: LockedOrder): CountedOrder => ({ orderedOn: String(order.orderedOn), ownerId: order.ownerId, customerId: customer?.id ?? null, lines });

/** Reserves an order's stock; a shortage refuses the step unless a manager overrides it, which the history keeps. */
async function reserveStock(tx: Tx, locked: LockedOrder, override: { on: boolean; reason: string }, actor: Actor): Promise<void> {
	const lines = locked.lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
	const [row] = await tx.query<{ short: { name: string; stock: number; quantity: number }[] }>('sales/move-stock', { lines, sign: -1, check: true });
	const short = row?.short ?? [];
	if (short.length === 0) return;
	const [first] = short;
	if (!override.on) throw new DomainError('OUT_OF_STOCK', 'sales.error.stock', 409, { product: first!.name, stock: first!.stock, quantity: first!.quantity, others: short.length - 1 });
	if (!maySell(actor.role, 'overrideStock')) throw new DomainError('FORBIDDEN', 'sales.error.overrideRole', 403);
	if (!override.reason) throw new DomainError('INVALID_INPUT', 'sales.error.overrideReason', 422, {}, { reason: 'sales.error.overrideReason' });
	await tx.query('sales/move-stock', { lines, sign: -1, check: false });
	const changes: FieldChange[] = short.map((s) => ({ field: s.name, before: s.stock, after: s.stock - s.quantity }));
	await recordChange(tx, locked.order.id, 'stockOverride', actor, [...changes, { field: 'reason', before: null, after: override.reason }]);
}

async function releaseStock(tx: Tx, locked: LockedOrder): Promise<void> {
	await tx.query('sales/move-stock', { lines: locked.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })), sign: 1, check: false });
}

function assertStep(actor: Actor, step: OrderStep, status: OrderStatus): void {
	if (!STEP_RULES[step].from.includes(status)) throw new DomainError('ILLEGAL_STEP', `sales.error.step.${step}`, 409, { status });
	if (!mayStep(actor.role, step, status)) throw new DomainError('FORBIDDEN', 'sales.error.stepRole', 403, { role: actor.role });
}

/**
 * The writes of a step that need nothing of each other go together (Promise.all): the driver sends
 * them at once and the server runs them in the order sent, so the step waits for one round trip.
 */
async function take(tx: Tx, locked: LockedOrder, step: OrderStep, input: { overrideStock: boolean; reason: string }, actor: Actor, settings: Settings) {
	const { order } = locked;
	if (step === 'confirm') {
		await reserveStock(tx, locked, { on: input.overrideStock, reason: input.reason }, actor);
		await Promise.all([
			setOrderStatus(tx, order, 'confirmed', actor),
			addToTotals(tx, [counted(locked)], 1),
			afterConfirmation(tx, locked, actor, customerLocale(settings.defaultPhoneCountry))
		]);
	} else if (step === 'invoice') {
		await Promise.all([createInvoice(tx, locked, actor, settings), setOrderStatus(tx, order, 'invoiced', actor)]);
	} else {
		const counting = order.status === 'confirmed';
		await Promise.all([
			counting ? releaseStock(tx, locked) : null,
			counting ? addToTotals(tx, [counted(locked)], -1) : null,
			setOrderStatus(tx, order, 'cancelled', actor)
		]);
	}
}

/** Takes a workflow step on an order (raw input from a form or the API). Returns the order's new status. */
export async function stepOrder(orderId: string, raw: unknown, actor: Actor): Promise<OrderStatus> {
	const input = parseOrThrow(stepInput, raw);
	return writeTx(async (tx) => {
		const [locked, settings] = await Promise.all([lockOrder(tx, orderId), getSettings(tx)]);
		assertStep(actor, input.step, locked.order.status);
		await take(tx, locked, input.step, input, actor, settings);
		return STEP_RULES[input.step].to;
	});
}
