// Checks the demo seed (cypher/seed/001_demo.cypher) without a database:
// statement splitting, literal syntax of the UNWIND rows, phone validity, names, founding example.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js';
import { parsePhoneNumber as parsePhoneNumberMax } from 'libphonenumber-js/max';
import { statements as loaderStatements } from '../../src/lib/server/db/queries';

const SEED_URL = new URL('../../cypher/seed/001_demo.cypher', import.meta.url);
const text = readFileSync(SEED_URL, 'utf8');

/** Split like the loader: a statement ends with ';' at the end of a line; '//' lines are comments. */
function splitStatements(src: string): { statements: string[]; trailing: string } {
	const statements: string[] = [];
	let cur: string[] = [];
	for (const line of src.split(/\r?\n/)) {
		if (line.trim().startsWith('//')) continue;
		const trimmed = line.trimEnd();
		if (trimmed.endsWith(';')) {
			cur.push(trimmed.slice(0, -1));
			statements.push(cur.join('\n').trim());
			cur = [];
		} else {
			cur.push(line);
		}
	}
	return { statements, trailing: cur.join('\n').trim() };
}

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Minimal parser for Cypher literal values (strings, numbers, booleans, null, lists, maps). */
function parseLiteral(src: string, start: number): { value: Literal; end: number } {
	let i = start;
	const fail = (msg: string): never => {
		const line = src.slice(0, i).split('\n').length;
		throw new Error(`${msg} at offset ${i} (line ${line} of statement): ${JSON.stringify(src.slice(i, i + 60))}`);
	};
	const ws = () => {
		while (i < src.length && /\s/.test(src[i] ?? '')) i++;
	};
	const value = (): Literal => {
		ws();
		const ch = src[i];
		if (ch === "'" || ch === '"') return str(ch);
		if (ch === '[') {
			i++;
			const out: Literal[] = [];
			ws();
			if (src[i] === ']') {
				i++;
				return out;
			}
			for (;;) {
				out.push(value());
				ws();
				if (src[i] === ',') i++;
				else if (src[i] === ']') {
					i++;
					return out;
				} else fail('expected , or ] in list');
			}
		}
		if (ch === '{') {
			i++;
			const out: { [key: string]: Literal } = {};
			ws();
			if (src[i] === '}') {
				i++;
				return out;
			}
			for (;;) {
				ws();
				const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]+`)/.exec(src.slice(i));
				if (!m) fail('expected map key');
				const key = m![0].replace(/^`|`$/g, '');
				if (key in out) fail(`duplicate key ${key}`);
				i += m![0].length;
				ws();
				if (src[i] !== ':') fail('expected :');
				i++;
				out[key] = value();
				ws();
				if (src[i] === ',') i++;
				else if (src[i] === '}') {
					i++;
					return out;
				} else fail('expected , or } in map');
			}
		}
		const m = /^(?:true|false|null|-?\d+(?:\.\d+)?)\b/i.exec(src.slice(i));
		if (!m) return fail('unexpected token');
		i += m[0].length;
		const w = m[0].toLowerCase();
		return w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(w);
	};
	const str = (q: string): string => {
		i++;
		let out = '';
		for (;;) {
			if (i >= src.length) fail('unterminated string');
			const c = src[i] as string;
			if (c === '\n') fail('newline inside string');
			if (c === q) {
				i++;
				return out;
			}
			if (c === '\\') {
				const e = src[i + 1];
				const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
				if (e !== undefined && e in simple) {
					out += simple[e];
					i += 2;
				} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
					out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
					i += 6;
				} else fail('invalid escape');
			} else {
				out += c;
				i++;
			}
		}
	};
	const v = value();
	return { value: v, end: i };
}

type Row = { [key: string]: Literal };

/** Rows of `UNWIND [ ... ] AS row` at the start of a statement. */
function unwindRows(stmt: string): Row[] {
	const m = /^UNWIND\s+(?=\[)/.exec(stmt);
	if (!m) throw new Error('statement does not start with UNWIND [');
	const { value, end } = parseLiteral(stmt, m[0].length);
	if (!/^\s+AS\s+row\b/.test(stmt.slice(end))) throw new Error('UNWIND list not followed by AS row');
	if (!Array.isArray(value)) throw new Error('UNWIND value is not a list');
	return value.map((r) => {
		if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new Error('UNWIND row is not a map');
		return r;
	});
}

function stringList(row: Row, key: string): string[] {
	const v = row[key];
	if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${key} is not a list of strings in ${JSON.stringify(row)}`);
	return v as string[];
}

const { statements, trailing } = splitStatements(text);
const orgRows: Row[] = [];
const contactRows: Row[] = [];
// Parse errors are reported by the 'literals parse' test instead of breaking the whole file.
const parseErrors: string[] = [];
statements.forEach((s, idx) => {
	const target = /CREATE\s*\(\s*\w*:Entity:Organisation\b/.test(s)
		? orgRows
		: /CREATE\s*\(\s*\w*:Entity:Contact\b/.test(s)
			? contactRows
			: null;
	if (!target) return;
	try {
		target.push(...unwindRows(s));
	} catch (e) {
		parseErrors.push(`statement ${idx + 1}: ${(e as Error).message}`);
	}
});

function isE164Valid(n: string): boolean {
	try {
		return isValidPhoneNumber(n) && parsePhoneNumber(n).number === n && parsePhoneNumberMax(n).isValid() && parsePhoneNumberMax(n).number === n;
	} catch {
		return false;
	}
}

const FOUNDING = ['Azur Fontaine', 'Boréal Distribution', 'Cristal Café', 'Delta Sources'];

describe('demo seed cypher/seed/001_demo.cypher', () => {
	it('splits into non-empty statements with nothing left over', () => {
		expect(statements.length).toBeGreaterThanOrEqual(2);
		for (const s of statements) expect(s.trim()).not.toBe('');
		expect(trailing).toBe('');
	});

	it('is split by the real loader into the same statements', () => {
		expect(loaderStatements(text)).toEqual(statements);
	});

	it('uses no parameters, no APOC and no MERGE', () => {
		for (const s of statements) {
			expect(s).not.toMatch(/\$[A-Za-z_]/);
			expect(s).not.toMatch(/\bapoc\./i);
			expect(s).not.toMatch(/\bMERGE\b/);
		}
	});

	it('has one UNWIND batch per statement (no statement swallowed by a missing ;)', () => {
		for (const s of statements) expect(s.match(/\bUNWIND\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
	});

	it('has rows whose literals parse (quotes and apostrophes escaped)', () => {
		expect(parseErrors).toEqual([]);
		const creates = statements.filter((s) => /\bCREATE\b/.test(s));
		expect(creates.length).toBeGreaterThan(0);
		for (const s of creates) expect(() => unwindRows(s)).not.toThrow();
	});

	it('has every phone literal valid and already in E.164', () => {
		const literals = [...text.matchAll(/(['"])(\+[^'"\n]*)\1/g)].map((m) => m[2] as string);
		const fromRows = [...orgRows, ...contactRows].flatMap((r) => stringList(r, 'phones'));
		expect(fromRows.length).toBeGreaterThan(100);
		// every phone in the rows is one of the literals found by the regexp, so both views agree
		for (const p of fromRows) expect(literals).toContain(p);
		const invalid = literals.filter((n) => !isE164Valid(n));
		expect(invalid).toEqual([]);
	});

	it('has at least a dozen French and a dozen Algerian numbers, fixed lines and mobiles', () => {
		const phones = [...orgRows, ...contactRows].flatMap((r) => stringList(r, 'phones'));
		const types = (cc: string) => phones.filter((p) => p.startsWith(cc)).map((p) => parsePhoneNumberMax(p).getType());
		for (const cc of ['+33', '+213']) {
			const t = types(cc);
			expect(t.length).toBeGreaterThanOrEqual(12);
			expect(t).toContain('MOBILE');
			expect(t).toContain('FIXED_LINE');
		}
	});

	it('has organisations with unique names and well-formed fields', () => {
		const names = orgRows.map((r) => r.name);
		expect(new Set(names).size).toBe(names.length);
		for (const r of orgRows) {
			expect(typeof r.name).toBe('string');
			expect(['company', 'individual']).toContain(r.kind);
			expect(['gold', 'silver', 'bronze', null]).toContain(r.category);
			expect(['active', 'dormant', 'suspended', 'payment_overdue']).toContain(r.status);
			expect(typeof r.managed).toBe('boolean');
			expect(String(r.country)).toMatch(/^[A-Z]{2}$/);
			const phones = stringList(r, 'phones');
			expect(phones.length).toBeGreaterThanOrEqual(1);
			expect(phones.length).toBeLessThanOrEqual(3);
			// an organisation's own numbers belong to its country
			for (const p of phones) expect(`${r.name}: ${parsePhoneNumberMax(p).country}`).toBe(`${r.name}: ${r.country}`);
			const emails = stringList(r, 'emails');
			expect(emails.length).toBeLessThanOrEqual(2);
			for (const e of emails) expect(e).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
		}
	});

	it('contains the four founding companies, Azur Fontaine being the only managed one', () => {
		const names = orgRows.map((r) => r.name);
		for (const n of FOUNDING) expect(names).toContain(n);
		expect(orgRows.filter((r) => r.managed === true).map((r) => r.name)).toEqual(['Azur Fontaine']);
		expect([...text.matchAll(/managed:\s*true\b/g)].length).toBe(1);
		const azur = orgRows.find((r) => r.name === 'Azur Fontaine');
		expect(azur?.category).toBeNull();
		expect(azur?.status).toBe('active');
		expect(orgRows.find((r) => r.name === 'Boréal Distribution')?.category).toBe('gold');
	});

	it('has at least 50 organisations and 50 contacts, every contact employed by a seeded organisation', () => {
		expect(orgRows.length).toBeGreaterThanOrEqual(50);
		expect(contactRows.length).toBeGreaterThanOrEqual(50);
		const names = new Set(orgRows.map((r) => r.name));
		for (const c of contactRows) {
			expect(names.has(c.org as string), `unknown organisation ${String(c.org)}`).toBe(true);
			expect(typeof c.firstName).toBe('string');
			expect(typeof c.lastName).toBe('string');
			expect(stringList(c, 'phones').length).toBeLessThanOrEqual(3);
			expect(stringList(c, 'emails').length).toBeLessThanOrEqual(2);
		}
		expect(contactRows.filter((c) => c.org === 'Azur Fontaine').length).toBeGreaterThanOrEqual(4);
	});
});
