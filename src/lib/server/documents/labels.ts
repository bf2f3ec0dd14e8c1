export type DocumentLocale = 'en' | 'fr';

export interface DocumentLabels {
	invoice: string;
	invoiceNumber: string;
	orderNumber: string;
	issuedOn: string;
	dueOn: string;
	paymentTerms: string;
	paymentTermsValue(days: number): string;
	billTo: string;
	product: string;
	sku: string;
	quantity: string;
	unitPrice: string;
	discount: string;
	taxRate: string;
	lineNet: string;
	net: string;
	tax: string;
	total: string;
	deducted: string;
	paid: string;
	due: string;
	page(current: number, count: number): string;
	couponsFor(customer: string): string;
	printedOn(date: string): string;
	coupon: string;
	code: string;
	pin: string;
	validUntil(date: string): string;
}

const en: DocumentLabels = {
	invoice: 'Invoice',
	invoiceNumber: 'Invoice number',
	orderNumber: 'Order',
	issuedOn: 'Issue date',
	dueOn: 'Due date',
	paymentTerms: 'Payment terms',
	paymentTermsValue: (days) => `Payment within ${days} ${plural('en', days, 'day', 'days')}`,
	billTo: 'Bill to',
	product: 'Product',
	sku: 'SKU',
	quantity: 'Qty',
	unitPrice: 'Unit price',
	discount: 'Disc. %',
	taxRate: 'Tax %',
	lineNet: 'Net',
	net: 'Net total',
	tax: 'Tax',
	total: 'Total',
	deducted: 'Coupons deducted',
	paid: 'Paid',
	due: 'Amount due',
	page: (current, count) => `Page ${current} of ${count}`,
	couponsFor: (customer) => `Discount coupons for ${customer}`,
	printedOn: (date) => `Printed on ${date}`,
	coupon: 'Discount coupon',
	code: 'Code',
	pin: 'PIN',
	validUntil: (date) => `Valid until ${date}`
};

const fr: DocumentLabels = {
	invoice: 'Facture',
	invoiceNumber: 'N° de facture',
	orderNumber: 'Commande',
	issuedOn: 'Date d’émission',
	dueOn: 'Échéance',
	paymentTerms: 'Conditions de paiement',
	paymentTermsValue: (days) => `Paiement à ${days} ${plural('fr', days, 'jour', 'jours')}`,
	billTo: 'Facturé à',
	product: 'Produit',
	sku: 'Réf.',
	quantity: 'Qté',
	unitPrice: 'Prix unitaire',
	discount: 'Remise %',
	taxRate: 'TVA %',
	lineNet: 'Net HT',
	net: 'Total HT',
	tax: 'TVA',
	total: 'Total TTC',
	deducted: 'Bons de réduction déduits',
	paid: 'Déjà payé',
	due: 'Montant dû',
	page: (current, count) => `Page ${current} sur ${count}`,
	couponsFor: (customer) => `Bons de réduction pour ${customer}`,
	printedOn: (date) => `Imprimé le ${date}`,
	coupon: 'Bon de réduction',
	code: 'Code',
	pin: 'Code PIN',
	validUntil: (date) => `Valable jusqu’au ${date}`
};

function plural(locale: DocumentLocale, count: number, one: string, other: string): string {
	return new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
}

export function labelsFor(locale: DocumentLocale): DocumentLabels {
	return locale === 'fr' ? fr : en;
}
