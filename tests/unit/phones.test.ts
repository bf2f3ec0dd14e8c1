import { describe, expect, it } from 'vitest';
import { normalisePhone, normalisePhones, phoneQueryTokens } from '../../src/lib/server/entities/phones';
import { fulltextQuery } from '../../src/lib/server/entities/fulltext-query';
import { searchText, sortKey } from '../../src/lib/server/entities/search-text';
import { kindOf } from '../../src/lib/kinds/registry';

describe('phone numbers', () => {
	it.each([
		['06 12 34 56 78', 'FR', '+33612345678'],
		['+33 (0)6 12 34 56 78', 'FR', '+33612345678'],
		['0033612345678', 'FR', '+33612345678'],
		['06.12.34.56.78', 'FR', '+33612345678'],
		['021 23 45 67', 'DZ', '+21321234567'],
		['0555 12 34 56', 'DZ', '+213555123456'],
		['+1 (212) 555-0142', 'FR', '+12125550142']
	])('%s in %s → %s', (typed, country, e164) => {
		expect(normalisePhone(typed, country)).toEqual({ ok: true, e164 });
	});

	it.each([
		['01 23', 'error.phone.invalid'],
		['06 12 34 56 78 90 12', 'error.phone.invalid'],
		['call me', 'error.phone.format'],
		['+33 6 12 ab', 'error.phone.format']
	])('refuses %s', (typed, message) => {
		expect(normalisePhone(typed, 'FR')).toEqual({ ok: false, message });
	});

	it('keys errors by the position in the form and drops duplicates', () => {
		expect(normalisePhones(['', '0612345678', '+33612345678'], 'FR')).toEqual({ phones: ['+33612345678'], errors: {} });
		expect(normalisePhones(['0612345678', '', 'nope'], 'FR').errors).toEqual({ 'phones.2': 'error.phone.format' });
	});

	it('searches a number typed in any format by the same tokens', () => {
		const tokens = phoneQueryTokens('06 12 34 56 78', 'FR');
		expect(tokens).toEqual(expect.arrayContaining(['33612345678', '0612345678', '612345678']));
		expect(phoneQueryTokens('+33 6 12 34 56 78', 'FR')).toEqual(tokens);
		expect(phoneQueryTokens('0612', 'FR')).toEqual(['0612']);
		expect(phoneQueryTokens('Dupont', 'FR')).toBeNull();
	});
});

describe('search text', () => {
	it('holds every written form of the phones and the e-mail parts', () => {
		const text = searchText(kindOf('Organisation'), { phones: ['+33612345678'], emails: ['jo@acme.fr'], city: 'Lyon' });
		for (const token of ['33612345678', '0612345678', 'jo@acme.fr', 'acme', 'Lyon']) expect(text).toContain(token);
	});

	it('sorts names without accents or case', () => {
		expect(sortKey('Élodie Ävenue')).toBe('elodie avenue');
	});

	it('builds a safe Lucene query from anything typed', () => {
		expect(fulltextQuery('Boréal dist', 'FR')).toBe('boreal* AND dist*');
		expect(fulltextQuery('a:b OR (c)', 'FR')).toBe('a* AND b* AND c*');
		expect(fulltextQuery('"*"', 'FR')).toBeNull();
		expect(fulltextQuery('06 12 34 56 78', 'FR')).toContain('searchText:0612345678*');
	});
});
