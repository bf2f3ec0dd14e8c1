import { defineEntity } from '$lib/kinds/define';
import { choice, date, money, text } from '$lib/kinds/fields';
import { PAYMENT_METHODS } from '$lib/domain/sales';

/** Money received against an invoice (SETTLES); an invoice may be paid in several parts. */
export const payment = defineEntity({
	type: 'Payment',
	slug: 'payments',
	formId: 'payment',
	labels: {
		en: { one: 'Payment', other: 'Payments', empty: 'No payments yet. A payment is recorded from its order’s page.' },
		fr: { one: 'Paiement', other: 'Paiements', new: 'Nouveau paiement', created: 'Paiement enregistré.', empty: 'Aucun paiement pour l’instant. Un paiement s’enregistre depuis la page de sa commande.', noMatch: 'Aucun paiement ne correspond à « {q} ».' }
	},
	style: { colour: '#15803d', fill: '#dcfce7', shape: 'hexagon', icon: '<path d="M2 6h20v12H2zm10 3a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM5 8v2a2 2 0 0 0 2-2zm12 0a2 2 0 0 0 2 2V8zM5 14v2h2a2 2 0 0 0-2-2zm14 0a2 2 0 0 0-2 2h2z"/>' },
	fields: {
		name: text({ required: true, max: 200, sort: true, filter: 'contains' }),
		amount: money({ label: { en: 'Amount', fr: 'Montant' }, required: true }),
		paidOn: date({ label: { en: 'Paid on', fr: 'Payé le' } }),
		method: choice({ options: PAYMENT_METHODS, optionKey: 'paymentMethod', required: true, sort: true }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' })
	},
	subtitle: { fields: ['customerName', 'paidOn'] },
	columns: ['amount', 'method', 'paidOn', 'customerName'],
	workflow: {}
});
