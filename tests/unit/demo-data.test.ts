// Checks the demo data (demo/*.json) without a database: every row passes the write pipeline's
// checks for its kind, phones are valid E.164 of the right country, the founding example is there,
// and every relation names entities of the demo and a built-in relation type.
import { readFileSync } from 'node:fs';
import { parsePhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/lib/kinds/registry';
import { titleOf } from '../../src/lib/kinds/schema';
import { DEFAULT_CATEGORIES, SALES_DEFAULTS } from '../../src/lib/server/app/settings';
import { checkEntity } from '../../src/lib/server/entities/pipeline';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../demo/${file}`, import.meta.url), 'utf8')) as T;
type Row = Record<string, unknown>;

const organisations = read<Row[]>('organisations.json');
const contacts = read<Row[]>('contacts.json');
const products = read<Row[]>('products.json');
const relations = read<{ subject: string; type: string; object: string }[]>('relations.json');
const context = { actor: { id: 'demo', role: 'admin' as const }, settings: { ...SALES_DEFAULTS, categories: DEFAULT_CATEGORIES, defaultPhoneCountry: 'FR' }, system: true };
const FOUNDING = ['Azur Fontaine', 'Boréal Distribution', 'Cristal Café', 'Delta Sources'];
const BUILT_IN = [...readFileSync(new URL('../../cypher/migrations/002_relation_engine.cypher', import.meta.url), 'utf8').matchAll(/key: '([A-Z_]+)'/g)].map((m) => m[1]);

describe('the demo data', () => {
	it('passes the write pipeline for every row of every kind, phones unchanged (already E.164)', () => {
		for (const [kind, rows] of [['Organisation', organisations], ['Contact', contacts], ['Product', products]] as const) {
			for (const row of rows) {
				const checked = checkEntity(kindOf(kind), row, context);
				expect(checked.ok ? 'ok' : JSON.stringify(checked.fieldErrors), `${kind} ${titleOf(kindOf(kind), row)}`).toBe('ok');
				if (checked.ok) expect(checked.props.phones ?? []).toEqual(row.phones ?? []);
			}
		}
	});

	it('has products to sell', () => {
		expect(products.length).toBeGreaterThanOrEqual(8);
	});

	it('has at least a dozen French and a dozen Algerian numbers, fixed lines and mobiles', () => {
		const phones = [...organisations, ...contacts].flatMap((r) => (r.phones as string[] | undefined) ?? []);
		for (const cc of ['+33', '+213']) {
			const types = phones.filter((p) => p.startsWith(cc)).map((p) => parsePhoneNumber(p).getType());
			expect(types.length).toBeGreaterThanOrEqual(12);
			expect(types).toContain('MOBILE');
			expect(types).toContain('FIXED_LINE');
		}
	});

	it('has organisations with unique names, whose own numbers belong to their country', () => {
		const names = organisations.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
		for (const r of organisations) {
			for (const p of (r.phones as string[] | undefined) ?? []) expect(`${r.name}: ${parsePhoneNumber(p).country}`).toBe(`${r.name}: ${r.country}`);
		}
	});

	it('contains the four founding companies, Azur Fontaine being the only one of ours', () => {
		const names = organisations.map((r) => r.name);
		for (const n of FOUNDING) expect(names).toContain(n);
		expect(organisations.filter((r) => r.managed === true).map((r) => r.name)).toEqual(['Azur Fontaine']);
		expect(organisations.find((r) => r.name === 'Boréal Distribution')?.category).toBe('gold');
	});

	it('has at least 50 organisations and 50 contacts, every contact employed by a demo organisation', () => {
		expect(organisations.length).toBeGreaterThanOrEqual(50);
		expect(contacts.length).toBeGreaterThanOrEqual(50);
		const orgNames = new Set(organisations.map((r) => r.name));
		for (const c of contacts) {
			const name = titleOf(kindOf('Contact'), c);
			const employer = relations.find((r) => r.subject === name && r.type === 'IS_EMPLOYEE_OF');
			expect(employer && orgNames.has(employer.object), `${name} is employed by a demo organisation`).toBe(true);
		}
		expect(relations.filter((r) => r.type === 'IS_EMPLOYEE_OF' && r.object === 'Azur Fontaine').length).toBeGreaterThanOrEqual(4);
	});

	it('relates only entities of the demo, by built-in relation types', () => {
		const names = new Set([...organisations.map((r) => r.name), ...contacts.map((c) => titleOf(kindOf('Contact'), c)), ...products.map((p) => p.name)]);
		expect(BUILT_IN.length).toBeGreaterThan(10);
		for (const r of relations) {
			expect(names.has(r.subject), r.subject).toBe(true);
			expect(names.has(r.object), r.object).toBe(true);
			expect(BUILT_IN, r.type).toContain(r.type);
		}
	});

	it('draws the founding example and a web of customers, prospects, competitors, partners and suppliers around it', () => {
		const has = (subject: string, type: string, object: string) => relations.some((r) => r.subject === subject && r.type === type && r.object === object);
		const [A, B, C, D] = FOUNDING as [string, string, string, string];
		expect([has(B, 'IS_CUSTOMER_OF', A), has(C, 'IS_PROSPECT_OF', A), has(D, 'IS_COMPETITOR_OF', A), has(C, 'IS_PROSPECT_OF', D)]).toEqual([true, true, true, true]);
		const count = (type: string) => relations.filter((r) => r.type === type).length;
		expect(count('IS_CUSTOMER_OF')).toBeGreaterThanOrEqual(20);
		expect(count('IS_PROSPECT_OF')).toBeGreaterThanOrEqual(8);
		for (const type of ['IS_SUSPECT_OF', 'IS_INACTIVE_CUSTOMER_OF', 'IS_PARTNER_OF', 'IS_SUPPLIER_OF', 'IS_COMPETITOR_OF']) expect(count(type), type).toBeGreaterThanOrEqual(1);
		// One lifecycle stage per entity and company of ours, as the standing buttons keep it.
		const stages = relations.filter((r) => ['IS_SUSPECT_OF', 'IS_PROSPECT_OF', 'IS_CUSTOMER_OF', 'IS_INACTIVE_CUSTOMER_OF'].includes(r.type) && r.object === A);
		expect(new Set(stages.map((r) => r.subject)).size).toBe(stages.length);
		expect(new Set(relations.map((r) => `${r.subject}|${r.type}|${r.object}`)).size).toBe(relations.length);
	});
});
