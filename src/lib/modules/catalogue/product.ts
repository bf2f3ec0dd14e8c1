import { defineEntity } from '$lib/kinds/define';
import { boolean, decimal, integer, longText, money, text } from '$lib/kinds/fields';

/** What we sell: bottles, fountains, services. Orders and stock (later issues) point to products. */
export const product = defineEntity({
	type: 'Product',
	slug: 'products',
	formId: 'product',
	labels: {
		en: { one: 'Product', other: 'Products' },
		fr: { one: 'Produit', other: 'Produits', new: 'Nouveau produit', created: 'Produit créé.', empty: 'Aucun produit pour l’instant. Créez le premier.', noMatch: 'Aucun produit ne correspond à « {q} ».' }
	},
	style: {
		colour: '#7c3aed',
		fill: '#ede9fe',
		shape: 'diamond',
		icon: '<path d="M12 2 3 7v10l9 5 9-5V7zm0 2.3L18.7 8 12 11.7 5.3 8zM5 9.7l6 3.4v6.6l-6-3.3zm8 10V13l6-3.4v6.7z"/>'
	},
	fields: {
		name: text({ required: true, max: 200, sort: true, filter: 'contains' }),
		sku: text({ label: { en: 'SKU', fr: 'Référence' }, required: true, max: 40, search: true, sort: true, filter: 'eq', indexed: true }),
		category: text({ label: 'field.category', max: 80, search: true, sort: true, filter: 'eq' }),
		unitPrice: money({ label: { en: 'Unit price', fr: 'Prix unitaire' }, required: true }),
		costPrice: money({ label: { en: 'Cost price', fr: 'Prix de revient' } }),
		taxRate: decimal({ label: { en: 'Tax rate (%)', fr: 'Taux de TVA (%)' }, min: 0, hint: { en: 'Blank: the rate of the settings.', fr: 'Vide : le taux des paramètres.' } }),
		stock: integer({ label: { en: 'Stock quantity', fr: 'Quantité en stock' }, min: 0 }),
		leadTimeDays: integer({ label: { en: 'Reorder lead time (days)', fr: 'Délai de réapprovisionnement (jours)' }, min: 0 }),
		active: boolean({ label: { en: 'Active (offered for sale)', fr: 'Actif (proposé à la vente)' }, default: true }),
		description: longText({ label: { en: 'Description', fr: 'Description' }, max: 2000 })
	},
	subtitle: { fields: ['sku', 'category'] },
	columns: ['sku', 'category', 'unitPrice', 'stock', 'active']
});
