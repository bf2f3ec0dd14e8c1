/**
 * Invoices: made from a confirmed order in its workflow step, numbered in a yearly sequence without
 * gaps, and printed as a PDF.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import type { InvoiceDocument } from '$lib/domain/sales-documents';
import { kindOf } from '$lib/kinds/registry';
import { getSettings, type Settings } from '$lib/server/app/settings';
import { read, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { checkOrThrow, storeNewEntities } from '$lib/server/entities/pipeline';
import type { Visibility } from '$lib/server/access/visibility';
import { addDays, nextNumber, today, toCents, money } from './numbers';
import type { LockedOrder } from './order-steps';
import { ourCompanyForDocuments } from './company';
import { addToLedgers } from './ledgers';

/** The invoice of a locked, confirmed order, with its relation to the order. Returns its id. */
export async function createInvoice(tx: Tx, locked: LockedOrder, actor: Actor, settings: Settings): Promise<string> {
	const day = today();
	const number = await nextNumber(tx, 'INV', day);
	const total = toCents(locked.order.total);
	const values = {
		number,
		status: total > 0 ? 'unpaid' : 'paid',
		issuedOn: day,
		dueOn: addDays(day, settings.paymentTermsDays),
		paymentTermsDays: settings.paymentTermsDays,
		customerName: locked.customer?.name ?? '',
		net: locked.order.net,
		tax: locked.order.tax,
		total: locked.order.total,
		deducted: 0,
		paid: 0,
		due: money(total)
	};
	const props = checkOrThrow(kindOf('Invoice'), values, { actor, settings, system: true });
	const id = randomUUID();
	// The invoice belongs to whoever the order belongs to (its operator), for the "own" access scope,
	// and keeps its customer's id, by which the customer card finds the unpaid ones.
	const customerId = locked.customer?.id ?? null;
	await Promise.all([
		storeNewEntities(tx, [{ id, type: 'Invoice', props: { ...props, ownerId: locked.order.ownerId, customerId } }], actor),
		tx.query('sales/link-invoice', { orderId: locked.order.id, invoiceId: id, actorId: actor.id }),
		customerId ? addToLedgers(tx, [{ customerId, invoiced: total, deducted: 0 }]) : null
	]);
	return id;
}

interface InvoiceRow {
	invoice: Record<string, unknown> & { number: string; issuedOn: string; dueOn: string; paymentTermsDays: number };
	order: { number: string };
	customer: { name: string; street: string | null; postcode: string | null; city: string | null; country: string | null; emails: string[] | null } | null;
	lines: InvoiceDocument['lines'];
	visible: boolean;
}

/** What the PDF of an invoice shows, in `locale`; 404 for an invoice the reader may not see. */
export async function invoiceDocument(id: string, locale: 'en' | 'fr', scope: Visibility): Promise<InvoiceDocument> {
	const [[row], settings, company] = await Promise.all([read<InvoiceRow>('sales/invoice-document', { id, scope: scope ?? null }), getSettings(), ourCompanyForDocuments()]);
	if (!row || !row.visible) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	const { invoice, customer } = row;
	const place = [customer?.postcode, customer?.city].filter(Boolean).join(' ');
	const cents = (field: string) => toCents(invoice[field]);
	return {
		locale,
		currency: settings.currency,
		company,
		number: invoice.number,
		orderNumber: row.order.number,
		issuedOn: invoice.issuedOn,
		dueOn: invoice.dueOn,
		paymentTermsDays: invoice.paymentTermsDays,
		customer: { name: customer?.name ?? '', lines: [customer?.street, place, customer?.country].filter((l): l is string => Boolean(l)) },
		lines: row.lines,
		net: money(cents('net')),
		tax: money(cents('tax')),
		total: money(cents('total')),
		deducted: money(cents('deducted')),
		paid: money(cents('paid')),
		due: money(cents('due'))
	};
}

/** The invoice of an order (its page takes payments and coupons for it); 409 while it is not invoiced. */
export async function invoiceIdOf(orderId: string): Promise<string> {
	const [row] = await read<{ id: string }>('sales/invoice-of-order', { orderId });
	if (!row) throw new DomainError('NO_INVOICE', 'sales.error.noInvoice', 409);
	return row.id;
}
