import { defineEntity } from '$lib/kinds/define';
import { choice, emails, longText, money, phones, text } from '$lib/kinds/fields';
import { CUSTOMER_STATUSES } from '$lib/domain/sales';

/** People: at our customers and suppliers, and our own staff (each user account has one). */
export const contact = defineEntity({
	type: 'Contact',
	slug: 'contacts',
	formId: 'contact',
	labels: {
		en: { one: 'Contact', other: 'Contacts', empty: 'No contacts yet. Create the first one.' },
		fr: {
			one: 'Contact',
			other: 'Contacts',
			new: 'Nouveau contact',
			created: 'Contact créé.',
			empty: 'Aucun contact pour l’instant. Créez le premier.',
			noMatch: 'Aucun contact ne correspond à « {q} ».'
		}
	},
	style: {
		colour: '#15803d',
		fill: '#dcfce7',
		shape: 'ellipse',
		icon: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z"/>'
	},
	fields: {
		firstName: text({ max: 100, autocomplete: 'given-name' }),
		lastName: text({ required: true, max: 100, autocomplete: 'family-name' }),
		position: text({ max: 120, search: true, sort: true, filter: 'eq', autocomplete: 'off' }),
		phones: phones(),
		emails: emails(),
		comments: longText({ max: 5000 }),
		// A person who buys in their own name: computed like an organisation's, blank for everyone else.
		status: choice({ options: CUSTOMER_STATUSES, optionKey: 'status', badge: true, sort: true, readOnly: true }),
		creditLimit: money({ label: { en: 'Credit limit', fr: 'Plafond de crédit' } })
	},
	title: { from: ['firstName', 'lastName'] },
	subtitle: { fields: ['position'], via: 'IS_EMPLOYEE_OF' },
	columns: ['position', 'phones', 'emails'],
	form: [
		{ fields: ['firstName', 'lastName', 'position'] },
		{ legend: 'field.phones', hint: 'field.phoneHint', fields: ['phones'] },
		{ legend: 'field.emails', fields: ['emails'] },
		{ fields: ['comments', 'creditLimit'] }
	],
	access: { organisation: { via: 'IS_EMPLOYEE_OF' } },
	graphql: {
		relationships: {
			employers: { type: 'IS_EMPLOYEE_OF', direction: 'OUT', target: 'Organisation' },
			customerOf: { type: 'IS_CUSTOMER_OF', direction: 'OUT', target: 'Entity' },
			prospectOf: { type: 'IS_PROSPECT_OF', direction: 'OUT', target: 'Entity' },
			manages: { type: 'MANAGES', direction: 'OUT', target: 'Entity' },
			salesAgentOf: { type: 'IS_SALES_AGENT_OF', direction: 'OUT', target: 'Entity' },
			partners: { type: 'IS_PARTNER_OF', direction: 'OUT', target: 'Entity', undirected: true }
		}
	}
});
