/**
 * What a printed sales document shows: plain data, already computed and in the reader's language
 * (the PDF writer formats nothing but the layout). Money is in the installation's currency, as numbers.
 */
export interface DocumentCompany {
	name: string;
	/** Lines under the name: street, postcode and city, phone, e-mail. */
	lines: string[];
}

export interface InvoiceDocumentLine {
	product: string;
	sku: string | null;
	quantity: number;
	unitPrice: number;
	/** Percent, 0–100. */
	discount: number;
	/** Percent, 0–100. */
	taxRate: number;
	/** quantity × unitPrice × (1 − discount/100), before tax. */
	net: number;
}

export interface InvoiceDocument {
	locale: 'en' | 'fr';
	currency: string;
	company: DocumentCompany;
	number: string;
	orderNumber: string;
	issuedOn: string;
	dueOn: string;
	paymentTermsDays: number;
	customer: { name: string; lines: string[] };
	lines: InvoiceDocumentLine[];
	net: number;
	tax: number;
	total: number;
	/** Coupons redeemed on it, and payments received so far. */
	deducted: number;
	paid: number;
	due: number;
}

export interface CouponDocumentItem {
	/** 14 digits. */
	code: string;
	/** 4 digits. */
	pin: string;
	amount: number;
	expiresOn: string;
}

export interface CouponSheetDocument {
	locale: 'en' | 'fr';
	currency: string;
	company: DocumentCompany;
	customer: string;
	printedOn: string;
	coupons: CouponDocumentItem[];
}
