import { defineEntity } from '$lib/kinds/define';
import { choice, date, longText, money, text } from '$lib/kinds/fields';
import { ORDER_CHANNELS, ORDER_STATUSES } from '$lib/domain/sales';

/** What a customer orders: lines of products (CONTAINS relations), taken by an operator, through its workflow. */
export const order = defineEntity({
	type: 'Order',
	slug: 'orders',
	formId: 'order',
	labels: {
		en: { one: 'Order', other: 'Orders', new: 'New order', empty: 'No orders yet. Take one from a customer’s page.' },
		fr: { one: 'Commande', other: 'Commandes', new: 'Nouvelle commande', created: 'Commande créée.', empty: 'Aucune commande pour l’instant. Prenez-en une depuis la fiche d’un client.', noMatch: 'Aucune commande ne correspond à « {q} ».' }
	},
	style: { colour: '#b45309', fill: '#fef3c7', shape: 'tag', icon: '<path d="M7 4h10l1 3H6zm-2 5h14l-1.5 11h-11zm4 3v5h2v-5zm4 0v5h2v-5z"/>' },
	fields: {
		number: text({ label: { en: 'Number', fr: 'Numéro' }, required: true, max: 40, search: true, sort: true, filter: 'eq' }),
		status: choice({ options: ORDER_STATUSES, optionKey: 'orderStatus', required: true, default: 'draft', badge: true, sort: true }),
		channel: choice({ options: ORDER_CHANNELS, optionKey: 'channel', required: true, default: 'phone', sort: true }),
		orderedOn: date({ label: { en: 'Ordered on', fr: 'Commandée le' } }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' }),
		net: money({ label: { en: 'Total before tax', fr: 'Total HT' } }),
		tax: money({ label: { en: 'Tax', fr: 'TVA' } }),
		total: money({ label: { en: 'Total', fr: 'Total TTC' } }),
		note: longText({ label: { en: 'Note', fr: 'Note' }, max: 2000 })
	},
	title: { from: ['number'] },
	subtitle: { fields: ['customerName', 'orderedOn'] },
	columns: ['status', 'customerName', 'orderedOn', 'total'],
	access: { organisation: { via: 'PLACED' } },
	workflow: { create: '/orders/new' }
});
