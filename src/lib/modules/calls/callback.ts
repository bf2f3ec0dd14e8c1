import { defineEntity } from '$lib/kinds/define';
import { choice, longText, text } from '$lib/kinds/fields';
import { CALLBACK_STATUSES } from '$lib/domain/calls';

/**
 * A call back promised to a customer: when, why, and who makes it (its owner, reminded before it is
 * due). Tied to the customer (IS_A_CALLBACK_FOR) and to the call it follows up (FOLLOWS_UP_THE_CALL).
 */
export const callback = defineEntity({
	type: 'Callback',
	slug: 'callbacks',
	formId: 'callback',
	labels: {
		en: { one: 'Callback', other: 'Callbacks', empty: 'No callbacks scheduled. Schedule one from a call’s page.' },
		fr: { one: 'Rappel', other: 'Rappels', new: 'Nouveau rappel', created: 'Rappel programmé.', empty: 'Aucun rappel programmé. Programmez-en un depuis la page d’un appel.', noMatch: 'Aucun rappel ne correspond à « {q} ».' }
	},
	style: { colour: '#be185d', fill: '#fce7f3', shape: 'triangle', icon: '<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5v5.4l3.6 2.1-.9 1.5L11 13V7z"/>' },
	fields: {
		name: text({ required: true, max: 200, sort: true }),
		status: choice({ options: CALLBACK_STATUSES, optionKey: 'callbackStatus', required: true, default: 'scheduled', badge: true, sort: true, filter: true }),
		dueAt: text({ label: { en: 'Due', fr: 'Échéance' }, max: 40, sort: true, moment: true }),
		customerName: text({ label: { en: 'Customer', fr: 'Client' }, max: 200, search: true, sort: true, filter: 'contains' }),
		assigneeName: text({ label: { en: 'Assigned to', fr: 'Attribué à' }, max: 200, sort: true, filter: 'contains' }),
		note: longText({ label: { en: 'Note', fr: 'Note' }, max: 2000 })
	},
	subtitle: { fields: ['customerName', 'dueAt'] },
	columns: ['status', 'dueAt', 'customerName', 'assigneeName'],
	workflow: {}
});
