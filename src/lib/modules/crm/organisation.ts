import { defineEntity } from '$lib/kinds/define';
import { boolean, choice, country, emails, longText, money, phones, text } from '$lib/kinds/fields';
import { CUSTOMER_STATUSES } from '$lib/domain/sales';

export const ORG_KINDS = ['company', 'individual'] as const;

/** Customers, prospects, competitors, suppliers, our own companies (managed). */
export const organisation = defineEntity({
	type: 'Organisation',
	slug: 'organisations',
	formId: 'org',
	labels: {
		en: { one: 'Organisation', other: 'Organisations', empty: 'No organisations yet. Create the first one.' },
		fr: {
			one: 'Société',
			other: 'Sociétés',
			new: 'Nouvelle société',
			created: 'Société créée.',
			empty: 'Aucune société pour l’instant. Créez la première.',
			noMatch: 'Aucune société ne correspond à « {q} ».'
		}
	},
	style: {
		colour: '#1d4ed8',
		fill: '#dbeafe',
		shape: 'round-rectangle',
		icon: '<path d="M3 21V5l8-3v5l10 3v11h-7v-4h-4v4zm3-13v2h2V8zm0 4v2h2v-2zm5-1v2h2v-2zm5 2v2h2v-2z"/>'
	},
	fields: {
		name: text({ required: true, max: 200, sort: true, filter: 'contains' }),
		kind: choice({ options: ORG_KINDS, optionKey: 'kind', required: true, default: 'company' }),
		category: choice({ optionsFrom: 'categories', badge: true, sort: true, indexed: true }),
		// Computed from its orders and invoices by the customer-status job; suspended by a supervisor.
		status: choice({ options: CUSTOMER_STATUSES, optionKey: 'status', required: true, default: 'active', badge: true, sort: true, indexed: true, readOnly: true }),
		creditLimit: money({ label: { en: 'Credit limit', fr: 'Plafond de crédit' } }),
		phones: phones(),
		emails: emails(),
		street: text({ max: 300, autocomplete: 'street-address' }),
		postcode: text({ max: 20, search: true, autocomplete: 'postal-code' }),
		city: text({ max: 120, search: true, sort: true, filter: 'eq', autocomplete: 'address-level2' }),
		country: country(),
		landmarks: longText({ max: 500, rows: 2, hint: 'field.landmarksHint' }),
		comments: longText({ max: 5000 }),
		managed: boolean({ description: 'One of our own companies.', adminOnly: true, badge: true, badgeLabel: 'common.yourCompany', indexed: true })
	},
	subtitle: { fields: ['city', 'country'], format: 'place' },
	columns: ['status', 'category', 'city', 'phones'],
	form: [
		{ fields: ['name', 'kind', 'category', 'creditLimit'] },
		{ legend: 'field.phones', hint: 'field.phoneHint', fields: ['phones'] },
		{ legend: 'field.emails', fields: ['emails'] },
		{ legend: 'field.address', fields: ['street', 'postcode', 'city', 'country', 'landmarks'], lines: [['street'], ['postcode', 'city'], ['country']] },
		{ fields: ['comments', 'managed'] }
	],
	access: { organisation: 'self' },
	graphql: {
		relationships: {
			employees: { type: 'IS_EMPLOYEE_OF', direction: 'IN', target: 'Contact' },
			customers: { type: 'IS_CUSTOMER_OF', direction: 'IN', target: 'Entity' },
			customerOf: { type: 'IS_CUSTOMER_OF', direction: 'OUT', target: 'Entity' },
			suppliers: { type: 'IS_SUPPLIER_OF', direction: 'IN', target: 'Entity' },
			supplierOf: { type: 'IS_SUPPLIER_OF', direction: 'OUT', target: 'Entity' },
			prospects: { type: 'IS_PROSPECT_OF', direction: 'IN', target: 'Entity' },
			prospectOf: { type: 'IS_PROSPECT_OF', direction: 'OUT', target: 'Entity' },
			subsidiaries: { type: 'HAS_AS_SUBSIDIARY', direction: 'OUT', target: 'Organisation' },
			parentCompanies: { type: 'HAS_AS_SUBSIDIARY', direction: 'IN', target: 'Organisation' },
			competitors: { type: 'IS_COMPETITOR_OF', direction: 'IN', target: 'Organisation' },
			competitorOf: { type: 'IS_COMPETITOR_OF', direction: 'OUT', target: 'Organisation' },
			partners: { type: 'IS_PARTNER_OF', direction: 'OUT', target: 'Entity', undirected: true },
			managers: { type: 'MANAGES', direction: 'IN', target: 'Contact' },
			salesAgents: { type: 'IS_SALES_AGENT_OF', direction: 'IN', target: 'Contact' }
		}
	}
});
