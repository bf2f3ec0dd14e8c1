import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { translate } from '../../src/lib/i18n';
import { formatDay, formatMoment, isTimeZone, regionalLocale } from '../../src/lib/i18n/dates';
import { phrase } from '../../src/lib/i18n/typography';
import { filterProblem } from '../../src/lib/domain/filters';

const NBSP = '\u00a0';
/** The parameters a message names, outside the texts of its plural choices. */
const placeholders = (text: string) => {
	const outside = text.replace(/(=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, '');
	return [...new Set([...outside.matchAll(/\{(\w+)(?=\}|, plural,)/g)].map((m) => m[1]))].sort();
};

describe('messages', () => {
	it('have the same keys and the same placeholders in both languages', () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		const differ = Object.keys(en).filter((k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(fr[k as keyof typeof fr]).join());
		expect(differ).toEqual([]);
	});

	it('say counts with the language’s plural rules, never "(s)"', () => {
		for (const [lang, messages] of [['en', en], ['fr', fr]] as const) {
			expect(Object.entries(messages).filter(([, text]) => /\w\(s\)|\(e\)s/.test(text)).map(([k]) => `${lang} ${k}`)).toEqual([]);
			for (const [key, text] of Object.entries(messages)) {
				if (!text.includes(', plural,')) continue;
				const params = Object.fromEntries(placeholders(text).map((p) => [p, 2]));
				for (const count of [0, 1, 2, 1500]) {
					const out = translate(lang, key, { ...params, ...Object.fromEntries(Object.keys(params).map((p) => [p, count])) });
					expect(out, `${lang} ${key} ${count}`).not.toMatch(/plural|[{}#]/);
				}
			}
		}
		expect(translate('en', 'relations.added', { count: 1 })).toBe('1 relation added.');
		expect(translate('en', 'relations.added', { count: 3 })).toBe('3 relations added.');
		expect(translate('en', 'graph.expanded', { count: 1 })).toBe('1 entity added.');
		expect(translate('en', 'relationTypes.deleteUsed', { count: 1 })).toBe('One relation uses this type. Delete the type and this relation? This cannot be undone.');
		// French counts 0 and 1 in the singular, and groups thousands.
		expect(translate('fr', 'relations.added', { count: 0 })).toBe('0 relation ajoutée.');
		expect(translate('fr', 'relations.added', { count: 2 })).toBe('2 relations ajoutées.');
		expect(translate('fr', 'search.results', { count: 1, q: 'achats' })).toBe(`1 résultat pour «${NBSP}achats${NBSP}»`);
		expect(translate('en', 'search.results', { count: 1200, q: 'a' })).toBe('1,200 results for “a”');
	});

	it('elide and space French as it is written', () => {
		expect(phrase('fr', 'Zeta Eaux', 'est prospect de', 'Azur Fontaine')).toBe('Zeta Eaux est prospect d’Azur Fontaine');
		expect(phrase('fr', 'Zeta Eaux', 'est client de', 'Boréal')).toBe('Zeta Eaux est client de Boréal');
		expect(phrase('en', 'Zeta', 'is a prospect of', 'Azur')).toBe('Zeta is a prospect of Azur');
		expect(translate('fr', 'nav.signedInAs', { name: 'Émile Roux', role: 'administrateur' })).toBe('Connecté en tant qu’Émile Roux (administrateur)');
		expect(translate('fr', 'nav.signedInAs', { name: 'Léa', role: 'agent' })).toBe('Connecté en tant que Léa (agent)');
		expect(translate('fr', 'history.line', { action: 'Relation ajoutée', what: 'est prospect de Azur Fontaine' })).toBe(
			`Relation ajoutée${NBSP}: est prospect d’Azur Fontaine`
		);
		expect(translate('en', 'history.line', { action: 'Relation added', what: 'is a prospect of Azur' })).toBe('Relation added: is a prospect of Azur');
	});
});

describe('dates', () => {
	it('read in the reader’s regional format, days without a time zone', () => {
		expect(formatDay('2025-01-31', { locale: 'fr', timeZone: 'UTC' })).toBe('31 janv. 2025');
		expect(formatDay('2025-01-31', { locale: 'en-GB', timeZone: 'UTC' })).toBe('31 Jan 2025');
		expect(formatDay('2025-01-31', { locale: 'en-US', timeZone: 'Pacific/Honolulu' })).toBe('Jan 31, 2025');
		expect(formatDay('not a day', { locale: 'fr', timeZone: 'UTC' })).toBe('not a day');
	});

	it('show moments in the reader’s time zone', () => {
		const at = '2025-06-30T22:30:00Z';
		expect(formatMoment(at, { locale: 'fr', timeZone: 'Europe/Paris' })).toBe('1 juil. 2025, 00:30');
		expect(formatMoment(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('30 Jun 2025, 22:30');
		expect(formatMoment(at, { locale: 'en-GB', timeZone: 'UTC' }, 'date')).toBe('30 Jun 2025');
	});

	it('take the regional variant from Accept-Language in the language being read', () => {
		expect(regionalLocale('en', 'en-GB,en;q=0.9')).toBe('en-GB');
		expect(regionalLocale('fr', 'en-GB,fr-CA;q=0.5')).toBe('fr-CA');
		expect(regionalLocale('fr', null)).toBe('fr');
		expect(regionalLocale('en', 'en-<script>')).toBe('en');
		expect(isTimeZone('Europe/Paris')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
	});
});

describe('a filter left incomplete', () => {
	it('is refused with what to do, not applied as matching nothing', () => {
		const field = { kind: 'group', op: 'and', items: [{ kind: 'field', field: 'status', value: '' }] };
		expect(filterProblem(field)).toEqual({ ok: false, message: 'error.filter.valueRequired' });
		const entity = { kind: 'group', op: 'and', items: [{ kind: 'relation', negate: false, type: 'IS_PROSPECT_OF', target: { kind: 'entity', id: '' } }] };
		expect(filterProblem(entity)).toEqual({ ok: false, message: 'error.filter.incomplete' });
		const complete = { kind: 'group', op: 'and', items: [{ kind: 'field', field: 'status', value: 'active' }] };
		expect(filterProblem(complete).ok).toBe(true);
	});
});

describe('wall times typed in a form', () => {
	it('are read in the user’s time zone, across summer time', async () => {
		const { wallTimeToUtc } = await import('../../src/lib/i18n/dates');
		expect(wallTimeToUtc('2026-12-04T15:30', 'Europe/Paris')).toBe('2026-12-04T14:30:00.000Z');
		expect(wallTimeToUtc('2026-07-04T15:30', 'Europe/Paris')).toBe('2026-07-04T13:30:00.000Z');
		expect(wallTimeToUtc('2026-12-04T15:30', 'Africa/Algiers')).toBe('2026-12-04T14:30:00.000Z');
		expect(wallTimeToUtc('2026-12-04T15:30', 'UTC')).toBe('2026-12-04T15:30:00.000Z');
		// Half past two on the night clocks go forward does not exist in Paris: read an hour later.
		expect(wallTimeToUtc('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
		expect(wallTimeToUtc('2026-02-30T10:00', 'UTC')).toBeNull();
		expect(wallTimeToUtc('soon', 'UTC')).toBeNull();
	});
});
