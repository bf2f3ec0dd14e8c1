import { defineEntity } from '$lib/kinds/define';
import { choice, date, integer, money, text } from '$lib/kinds/fields';
import { INVOICE_STATUSES } from '$lib/domain/sales';

/** The bill of a confirmed order, numbered in a yearly sequence without gaps; payments and coupons settle it. */
export const invoice = defineEntity({
	type: 'Invoice',
	slug: 'invoices',
	formId: 'invoice',
	labels: {
		en: { one: 'Invoice', other: 'Invoices', empty: 'No invoices yet. An order is invoiced from its page once confirmed.' },
		fr: { one: 'Facture', other: 'Factures', new: 'Nouvelle facture', created: 'Facture créée.', empty: 'Aucune facture pour l’instant. Une commande confirmée se facture depuis sa page.', noMatch: 'Aucune facture ne correspond à « {q} ».' }
	},
	style: { colour: '#0f766e', fill: '#ccfbf1', shape: 'barrel', icon: '<path d="M6 2h9l4 4v16H6zm8 1.5V7h3.5zM9 11v1.5h7V11zm0 3v1.5h7V14zm0 3v1.5h5V17z"/>' },
	fields: {
		number: text({ label: { en: 'Number', fr: 'Numéro' }, required: true, max: 40, search: true, sort: true, filter: 'eq' }),
		status: choice({ options: INVOICE_STATUSES, optionKey: 'invoiceStatus', required: true, default: 'unpaid', badge: true, sort: true }),
		issuedOn: date({ label: { en: 'Issued on', fr: 'Émise le' } }),
		dueOn: date({ label: { en: 'Due on', fr: 'Échéance' } }),
		paymentTermsDays: integer({ label: { en: 'Payment terms (days)', fr: 'Délai de paiement (jours)' }, min: 0 }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' }),
		net: money({ label: { en: 'Total before tax', fr: 'Total HT' } }),
		tax: money({ label: { en: 'Tax', fr: 'TVA' } }),
		total: money({ label: { en: 'Total', fr: 'Total TTC' } }),
		deducted: money({ label: { en: 'Coupons deducted', fr: 'Bons déduits' } }),
		paid: money({ label: { en: 'Paid', fr: 'Payé' } }),
		due: money({ label: { en: 'Amount due', fr: 'Reste dû' } })
	},
	title: { from: ['number'] },
	subtitle: { fields: ['customerName', 'dueOn'] },
	columns: ['status', 'customerName', 'issuedOn', 'dueOn', 'total', 'due'],
	workflow: {}
});
