/**
 * Taking an order: a draft with its lines, for a customer, by the operator who takes it, written
 * through the entity pipeline (so it is listed, searched, in the history and the explorer like any
 * record) with its relations in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { lineAmounts, orderInput } from '$lib/domain/sales';
import { kindOf } from '$lib/kinds/registry';
import { getSettings } from '$lib/server/app/settings';
import { writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { announceChange, checkOrThrow, storeNewEntities } from '$lib/server/entities/pipeline';
import { money, nextNumber, today } from './numbers';
import { assertMaySell } from './permissions';

interface LineProduct {
	id: string;
	name: string;
	unitPrice: number | null;
	taxRate: number | null;
	active: boolean | null;
	trashed: boolean;
}

/**
 * Creates a draft order from raw input (the order form, the API). Returns its id and number.
 * `orderedOn` dates it on another day than today: orders of a sales history brought in (tests).
 */
export async function createOrder(raw: unknown, actor: Actor, options: { orderedOn?: string } = {}): Promise<{ id: string; number: string }> {
	assertMaySell(actor, 'order');
	const input = parseOrThrow(orderInput, raw);
	const id = randomUUID();
	const day = options.orderedOn ?? today();
	return writeTx(async (tx) => {
		// Read together, one round trip; the number a refused order took goes back when the transaction rolls back.
		const [[customer], found, number, settings] = await Promise.all([
			tx.query<{ id: string; name: string; status: string | null; operatorContactId: string | null }>('sales/customer', { customerId: input.customerId, actorId: actor.id }),
			tx.query<LineProduct>('sales/line-products', { ids: [...new Set(input.lines.map((l) => l.productId))] }),
			nextNumber(tx, 'SO', day),
			getSettings(tx)
		]);
		if (!customer) throw new DomainError('CUSTOMER_NOT_FOUND', 'sales.error.customerGone', 404);
		if (customer.status === 'suspended') throw new DomainError('CUSTOMER_SUSPENDED', 'sales.error.suspended', 409, { name: customer.name });
		const products = new Map(found.map((p) => [p.id, p]));
		let net = 0;
		let tax = 0;
		const lines = input.lines.map((line, index) => {
			const product = products.get(line.productId);
			if (!product || product.trashed) throw new DomainError('PRODUCT_NOT_FOUND', 'sales.error.productGone', 404, { line: index + 1 });
			if (product.active === false) throw new DomainError('PRODUCT_INACTIVE', 'sales.error.inactive', 422, { line: index + 1, product: product.name });
			const unitPrice = line.unitPrice ?? product.unitPrice ?? 0;
			const taxRate = line.taxRate ?? product.taxRate ?? settings.defaultTaxRate;
			const amounts = lineAmounts({ quantity: line.quantity, unitPrice, discount: line.discount, taxRate });
			net += amounts.net;
			tax += amounts.tax;
			return {
				productId: line.productId,
				attributes: { line: index + 1, quantity: line.quantity, unitPrice, discount: line.discount, taxRate, net: money(amounts.net), tax: money(amounts.tax) }
			};
		});
		const values = { number, status: 'draft', channel: input.channel, orderedOn: day, customerName: customer.name, net: money(net), tax: money(tax), total: money(net + tax), note: input.note };
		const kind = kindOf('Order');
		const props = checkOrThrow(kind, values, { actor, settings, system: true });
		await Promise.all([
			storeNewEntities(tx, [{ id, type: 'Order', props: { ...props, customerId: customer.id } }], actor),
			tx.query('sales/link-order', { orderId: id, customerId: customer.id, operatorContactId: customer.operatorContactId, lines, actorId: actor.id }),
			announceChange(tx, { id, type: 'Order', name: number }, 'created', actor),
			input.callId ? tx.query('sales/link-call-order', { callId: input.callId, orderId: id, customerId: customer.id, actorId: actor.id }) : null
		]);
		return { id, number };
	});
}
