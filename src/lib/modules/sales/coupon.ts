import { defineEntity } from '$lib/kinds/define';
import { choice, date, money, text } from '$lib/kinds/fields';
import { COUPON_STATUSES } from '$lib/domain/sales';

/**
 * A discount coupon handed to a customer (IS_A_COUPON_FOR): a 14-digit ID from a CSPRNG, valid one
 * year. Its PIN is not a field: it lives on a node of its own, outside lists, triples and GraphQL.
 */
export const coupon = defineEntity({
	type: 'Coupon',
	slug: 'coupons',
	formId: 'coupon',
	labels: {
		en: { one: 'Coupon', other: 'Coupons', new: 'New coupons', empty: 'No coupons yet. Managers generate them in batches.' },
		fr: { one: 'Bon de réduction', other: 'Bons de réduction', new: 'Nouveaux bons', created: 'Bons créés.', empty: 'Aucun bon pour l’instant. Les responsables les génèrent par lots.', noMatch: 'Aucun bon ne correspond à « {q} ».' }
	},
	style: { colour: '#be185d', fill: '#fce7f3', shape: 'star', icon: '<path d="M3 6h18v4a2 2 0 0 0 0 4v4H3v-4a2 2 0 0 0 0-4zm9 2v2h2V8zm0 3v2h2v-2zm0 3v2h2v-2z"/>' },
	fields: {
		code: text({ label: { en: 'Coupon ID', fr: 'Identifiant du bon' }, required: true, max: 14, search: true, sort: true, filter: 'eq' }),
		amount: money({ label: { en: 'Amount', fr: 'Montant' }, required: true }),
		status: choice({ options: COUPON_STATUSES, optionKey: 'couponStatus', required: true, default: 'valid', badge: true, sort: true }),
		printedOn: date({ label: { en: 'Printed on', fr: 'Imprimé le' } }),
		expiresOn: date({ label: { en: 'Expires on', fr: 'Expire le' } }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' }),
		batch: text({ label: { en: 'Batch', fr: 'Lot' }, max: 40, filter: 'eq', indexed: true })
	},
	title: { from: ['code'] },
	subtitle: { fields: ['customerName', 'expiresOn'] },
	columns: ['amount', 'status', 'customerName', 'expiresOn'],
	workflow: { create: '/coupons/new' }
});
