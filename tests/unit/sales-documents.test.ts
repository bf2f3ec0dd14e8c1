import { describe, expect, it } from 'vitest';
import type { CouponSheetDocument, InvoiceDocument, InvoiceDocumentLine } from '../../src/lib/domain/sales-documents';
import { couponSheetPdf, invoicePdf } from '../../src/lib/server/documents/pdf';
import { readPdf } from '../support/pdf-text';

/** `value` with no digit right before or after it, so a PIN is not found inside a coupon code. */
function alone(value: string): RegExp {
	const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<!\\d ?)${escaped}(?! ?\\d)`);
}

const company = {
	name: 'Source Claire',
	lines: ['12 rue des Fontaines', '63000 Clermont-Ferrand', '+33 4 73 00 00 00', 'contact@source-claire.example']
};

function line(product: string, sku: string | null): InvoiceDocumentLine {
	return { product, sku, quantity: 100, unitPrice: 0.8, discount: 5, taxRate: 5.5, net: 76 };
}

function invoice(overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
	return {
		locale: 'fr',
		currency: 'EUR',
		company,
		number: 'F-2025-0042',
		orderNumber: 'C-2025-0117',
		issuedOn: '2025-03-05',
		dueOn: '2025-04-04',
		paymentTermsDays: 30,
		customer: { name: 'Épicerie Łukasz & Fils', lines: ['Attn. Ștefan Dumitrescu', '8 place du Marché', '69002 Lyon'] },
		lines: [line('Bouteille verre 75 cl', 'BV-75'), line('Bonbonne 19 L consignée', null)],
		net: 1_290,
		tax: 70.95,
		total: 1_360.95,
		deducted: 26.45,
		paid: 100,
		due: 1_234.5,
		...overrides
	};
}

function coupons(count: number): CouponSheetDocument {
	return {
		locale: 'en',
		currency: 'USD',
		company,
		customer: 'Boreal Springs Ltd',
		printedOn: '2025-06-01',
		coupons: Array.from({ length: count }, (_, i) => ({
			code: String(12_345_678_900_000 + i * 7_919),
			// Never one of the codes' groups of four, so finding a PIN proves the PIN was printed.
			pin: String(7_000 + i * 13),
			amount: 5 + i,
			expiresOn: '2025-12-31'
		}))
	};
}

describe('invoice PDF', () => {
	it('is a PDF in French with the references, the customer, every product and the amount due', async () => {
		const file = await invoicePdf(invoice());
		expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { pages, text, info } = await readPdf(file);
		expect(pages).toHaveLength(1);
		expect(text).toContain('Facture');
		expect(text).not.toContain('Invoice');
		for (const expected of ['F-2025-0042', 'C-2025-0117', '5 mars 2025', '4 avril 2025', 'Paiement à 30 jours', 'Montant dû']) {
			expect(text).toContain(expected);
		}
		// Ł and Ș have no glyph in the standard fonts' encoding: they are printed without stroke or comma.
		expect(text).toContain('Épicerie Lukasz & Fils');
		expect(text).toContain('Attn. Stefan Dumitrescu');
		expect(text).toContain('Bouteille verre 75 cl');
		expect(text).toContain('Bonbonne 19 L consignée');
		// fr-FR groups with U+202F, which Helvetica cannot draw: a plain space is printed instead.
		expect(text).toContain('1 234,50 €');
		expect(text).toContain('1 360,95 €');
		expect(text).not.toMatch(/[\u00a0\u202f]/);
		expect(info).toMatchObject({ Title: 'Facture F-2025-0042', Author: 'Source Claire' });
	});

	it('is in English when asked, with the currency sign in front', async () => {
		const { text, info } = await readPdf(await invoicePdf(invoice({ locale: 'en', currency: 'USD' })));
		expect(text).toContain('Invoice');
		expect(text).not.toContain('Facture');
		expect(text).toContain('$1,234.50');
		expect(text).toContain('Payment within 30 days');
		expect(text).toContain('March 5, 2025');
		expect(info).toMatchObject({ Title: 'Invoice F-2025-0042' });
	});

	it('runs a long table over several pages, with its header on each', async () => {
		const lines = Array.from({ length: 60 }, (_, i) => line(`Produit numéro ${i + 1}`, `SKU-${i + 1}`));
		const { pages, text } = await readPdf(await invoicePdf(invoice({ lines })));
		expect(pages.length).toBeGreaterThan(1);
		for (let i = 1; i <= 60; i++) expect(text).toMatch(alone(`Produit numéro ${i}`));
		for (const page of pages) expect(page).toContain('Prix unitaire');
		expect(pages.at(-1)).toContain('1 234,50 €');
		expect(pages[0]).toContain(`Page 1 sur ${pages.length}`);
	});
});

describe('coupon sheet PDF', () => {
	it('prints one coupon on one page', async () => {
		const file = await couponSheetPdf(coupons(1));
		expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { pages, text, info } = await readPdf(file);
		expect(pages).toHaveLength(1);
		expect(text).toContain('Discount coupons for Boreal Springs Ltd');
		expect(text).toContain('Printed on June 1, 2025');
		expect(text).toMatch(alone('1234 5678 9000 00'));
		expect(text).toMatch(alone('7000'));
		expect(text).toContain('$5.00');
		expect(text).toContain('Valid until December 31, 2025');
		expect(info).toMatchObject({ Title: 'Discount coupons for Boreal Springs Ltd', Author: 'Source Claire' });
	});

	it('puts 23 coupons on 3 pages, every code and PIN readable', async () => {
		const sheet = coupons(23);
		const { pages, text } = await readPdf(await couponSheetPdf(sheet));
		expect(pages).toHaveLength(3);
		for (const coupon of sheet.coupons) {
			const grouped = `${coupon.code.slice(0, 4)} ${coupon.code.slice(4, 8)} ${coupon.code.slice(8, 12)} ${coupon.code.slice(12)}`;
			expect(text).toMatch(alone(grouped));
			expect(text).toMatch(alone(coupon.pin));
		}
		expect(pages[2]?.match(/^Valid until /gm)).toHaveLength(3);
	});

	it('is in French when asked', async () => {
		const { text } = await readPdf(await couponSheetPdf({ ...coupons(2), locale: 'fr', currency: 'EUR' }));
		expect(text).toContain('Bons de réduction pour Boreal Springs Ltd');
		expect(text).toContain('Imprimé le 1 juin 2025');
		expect(text).toContain('Valable jusqu’au 31 décembre 2025');
		expect(text).toContain('6,00 €');
	});
});
