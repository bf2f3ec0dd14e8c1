/**
 * What is left to pay on an invoice. Payments and coupons both settle it, under the invoice's lock;
 * the last cent makes the invoice paid and its order paid, in the same transaction.
 */
import { DomainError } from '$lib/domain/errors';
import type { Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { recordChange } from '$lib/server/entities/history';
import { announceChange } from '$lib/server/entities/pipeline';
import { addToLedgers } from './ledgers';
import { money, toCents } from './numbers';
import { lockOrder, setOrderStatus } from './order-steps';

export interface LockedInvoice {
	invoice: Record<string, unknown> & { id: string; number: string; status: string; ownerId: string };
	order: { id: string; number: string; status: string };
	customer: { id: string; name: string } | null;
}

export async function lockInvoice(tx: Tx, id: string): Promise<LockedInvoice> {
	const [row] = await tx.query<LockedInvoice>('sales/lock-invoice', { id });
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	return row;
}

/** The amount still due, in cents. */
export const dueCents = (invoice: LockedInvoice['invoice']) => toCents(invoice.due);

/** Adds a payment or a deduction (cents) to a locked invoice; refuses more than is due. */
export async function settle(tx: Tx, locked: LockedInvoice, add: { paid?: number; deducted?: number }, actor: Actor): Promise<void> {
	const { invoice } = locked;
	const due = dueCents(invoice);
	const amount = (add.paid ?? 0) + (add.deducted ?? 0);
	if (due === 0) throw new DomainError('INVOICE_PAID', 'sales.error.alreadyPaid', 409, { number: invoice.number });
	if (amount > due) throw new DomainError('OVERPAYMENT', 'sales.error.overpayment', 422, { due: money(due) }, { amount: 'sales.error.overpayment' });
	const paid = toCents(invoice.paid) + (add.paid ?? 0);
	const deducted = toCents(invoice.deducted) + (add.deducted ?? 0);
	const left = due - amount;
	const status = left === 0 ? 'paid' : 'partial';
	const coupon = add.deducted ?? 0;
	await Promise.all([
		tx.query('sales/settle-invoice', { id: invoice.id, paid: money(paid), deducted: money(deducted), due: money(left), status }),
		recordChange(tx, invoice.id, 'updated', actor, [
			{ field: 'due', before: money(due), after: money(left) },
			{ field: 'status', before: invoice.status, after: status }
		]),
		announceChange(tx, { id: invoice.id, type: 'Invoice', name: invoice.number }, 'updated', actor),
		coupon > 0 && locked.customer ? addToLedgers(tx, [{ customerId: locked.customer.id, invoiced: 0, deducted: coupon }]) : null
	]);
	if (left === 0) {
		const order = await lockOrder(tx, locked.order.id);
		if (order.order.status === 'invoiced') await setOrderStatus(tx, order.order, 'paid', actor);
	}
}
