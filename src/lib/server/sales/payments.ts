/** Payments received against an invoice, whole or in parts. */
import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { cents, paymentInput } from '$lib/domain/sales';
import { kindOf } from '$lib/kinds/registry';
import { getSettings } from '$lib/server/app/settings';
import { writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { announceChange, checkOrThrow, storeNewEntities } from '$lib/server/entities/pipeline';
import { assertMaySell } from './permissions';
import { lockInvoice, settle } from './settlement';

/** Records a payment of an invoice (raw input from the payment form). Returns the payment's id. */
export async function recordPayment(invoiceId: string, raw: unknown, actor: Actor): Promise<string> {
	assertMaySell(actor, 'pay');
	const input = parseOrThrow(paymentInput, raw);
	return writeTx(async (tx) => {
		const [locked, settings] = await Promise.all([lockInvoice(tx, invoiceId), getSettings(tx)]);
		const amount = cents(input.amount);
		await settle(tx, locked, { paid: amount }, actor);
		const name = `${locked.invoice.number} · ${input.paidOn}`;
		const values = { name, amount: input.amount, paidOn: input.paidOn, method: input.method, customerName: locked.customer?.name ?? '' };
		const props = checkOrThrow(kindOf('Payment'), values, { actor, settings, system: true });
		const id = randomUUID();
		await Promise.all([
			storeNewEntities(tx, [{ id, type: 'Payment', props: { ...props, ownerId: locked.invoice.ownerId } }], actor),
			tx.query('sales/link-payment', { paymentId: id, invoiceId, actorId: actor.id }),
			announceChange(tx, { id, type: 'Payment', name }, 'created', actor)
		]);
		return id;
	});
}
