import { describe, expect, it } from 'vitest';
import { irisFor, meaningOf } from '../../src/lib/server/rdf/rdf';
import { importFormatOf, negotiate } from '../../src/lib/server/rdf/rdf-formats';
import { localiseReport } from '../../src/lib/server/rdf/triple-import';
import { parseTriples } from '../../src/lib/server/rdf/triple-parse';
import { parsePatternTerm } from '../../src/lib/server/rdf/triples';
import { TRIPLE_FORMATS, emptyImportReport, type ImportReport } from '../../src/lib/domain/triples';

const iris = irisFor('https://crm.example.com/');
const id = '0b7f7a4e-5a8e-4f0c-9f0a-2a1d3c4b5e6f';

describe('IRIs', () => {
	it('builds and reads back every kind, under any base', () => {
		expect(iris.entity(id)).toBe(`https://crm.example.com/id/entity/${id}`);
		expect(meaningOf(iris.entity(id))).toEqual({ kind: 'entity', id });
		expect(meaningOf(iris.relation('IS_CUSTOMER_OF'))).toEqual({ kind: 'relation', key: 'IS_CUSTOMER_OF' });
		expect(meaningOf(iris.tag('key-account'))).toEqual({ kind: 'tag', id: 'key-account' });
		expect(meaningOf(iris.crm('phone'))).toEqual({ kind: 'crm', local: 'phone' });
		expect(meaningOf(`http://other.host:3000/crm/id/entity/${id}`)).toEqual({ kind: 'entity', id });
		expect(meaningOf('http://xmlns.com/foaf/0.1/name')).toMatchObject({ kind: 'other' });
	});
});

describe('pattern terms', () => {
	it('accepts IRIs, prefixed names, ids, relation keys and quoted literals', () => {
		expect(parsePatternTerm(id, 's', iris)?.value).toBe(iris.entity(id));
		expect(parsePatternTerm(`<${iris.entity(id)}>`, 'o', iris)?.value).toBe(iris.entity(id));
		expect(parsePatternTerm('IS_CUSTOMER_OF', 'p', iris)?.value).toBe(iris.relation('IS_CUSTOMER_OF'));
		expect(parsePatternTerm('crm:phone', 'p', iris)?.value).toBe(iris.crm('phone'));
		expect(parsePatternTerm('rdf:type', 'p', iris)?.value).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
		const bool = parsePatternTerm('"true"^^xsd:boolean', 'o', iris);
		expect(bool?.termType).toBe('Literal');
		expect(bool && 'datatype' in bool ? bool.datatype.value : '').toBe('http://www.w3.org/2001/XMLSchema#boolean');
		const french = parsePatternTerm('"est client de"@fr', 'o', iris);
		expect(french && 'language' in french ? french.language : '').toBe('fr');
		expect(parsePatternTerm(null, 's', iris)).toBeNull();
	});

	it('refuses what it cannot read, saying which position', () => {
		expect(() => parsePatternTerm('"x"', 's', iris)).toThrow(expect.objectContaining({ status: 400, message: 'error.triples.term.s' }));
		expect(() => parsePatternTerm('not an iri', 'p', iris)).toThrow(expect.objectContaining({ message: 'error.triples.term.p' }));
		expect(() => parsePatternTerm('foaf:name', 'p', iris)).toThrow();
		expect(() => parsePatternTerm('"unclosed', 'o', iris)).toThrow();
	});
});

describe('content negotiation', () => {
	it('follows the Accept header and its q-values, or ?format=', () => {
		expect(negotiate(null, undefined, TRIPLE_FORMATS, 'json')).toBe('json');
		expect(negotiate('text/turtle', undefined, TRIPLE_FORMATS, 'json')).toBe('turtle');
		expect(negotiate('text/turtle;q=0.5, application/n-triples', undefined, TRIPLE_FORMATS, 'json')).toBe('ntriples');
		expect(negotiate('application/ld+json', undefined, TRIPLE_FORMATS, 'json')).toBe('jsonld');
		expect(negotiate('text/html, */*;q=0.1', undefined, TRIPLE_FORMATS, 'json')).toBe('json');
		expect(negotiate('image/png', undefined, TRIPLE_FORMATS, 'json')).toBeNull();
		expect(negotiate('application/json', 'ttl', TRIPLE_FORMATS, 'json')).toBe('turtle');
		expect(negotiate('application/json', undefined, ['turtle', 'ntriples', 'jsonld'], 'turtle')).toBe('jsonld');
	});

	it('reads an import as Turtle or N-Triples only, by its Content-Type', () => {
		expect(importFormatOf('text/turtle; charset=utf-8')).toBe('turtle');
		expect(importFormatOf('Application/X-Turtle')).toBe('turtle');
		expect(importFormatOf('application/n-triples')).toBe('ntriples');
		expect(importFormatOf('application/ld+json')).toBeNull();
		expect(importFormatOf('application/json')).toBeNull();
		expect(importFormatOf(null)).toBeNull();
	});
});

describe('parsing with line numbers', () => {
	it('N-Triples: every invalid line, by number', async () => {
		const text = [
			`<${iris.entity(id)}> <http://www.w3.org/2000/01/rdf-schema#label> "Fine" .`,
			'<broken> <x> "y" .',
			'# a comment',
			'',
			`<${iris.entity(id)}> <${iris.crm('city')}> "Lyon"`
		].join('\n');
		const parsed = await parseTriples(text, 'ntriples', iris.base);
		expect(parsed.errors.map((e) => e.line)).toEqual([2, 5]);
		expect(parsed.quads.map((q) => q.line)).toEqual([1]);
	});

	it('Turtle: the line of each triple, and of the first syntax error', async () => {
		const text = `@prefix crm: <${iris.vocab}> .\n<${iris.entity(id)}> a crm:Organisation ;\n  crm:phone "+33 1 42 68 53 00",\n    "+33 4 72 73 41 18" .\n`;
		const parsed = await parseTriples(text, 'turtle', iris.base);
		expect(parsed.errors).toEqual([]);
		expect(parsed.quads.map((q) => q.line)).toEqual([2, 3, 4]);
		const broken = await parseTriples(`${text}<${iris.entity(id)}> crm:city "Lyon" "Paris" .\n`, 'turtle', iris.base);
		expect(broken.errors).toHaveLength(1);
		expect(broken.errors[0]!.line).toBe(5);
	});
});

describe('import report', () => {
	it('names entity types and message keys in the reader\'s language', () => {
		const report: ImportReport = {
			...emptyImportReport(false),
			errors: [
				{ line: 3, code: 'TAG_NOT_FOR_TYPE', message: 'error.triples.tag.TAG_NOT_FOR_TYPE', params: { tag: 'VIP', type: 'Organisation', allowed: 'Contact' } },
				{ line: 4, code: 'INVALID_VALUE', message: 'error.triples.field', params: { field: 'crm:category', reason: 'error.category' } },
				{ line: 5, code: 'TYPE_MISMATCH', message: 'error.triples.typeMismatch', params: { entity: 'X', storedType: 'Organisation', givenType: 'Contact' } }
			]
		};
		const [tag, field, mismatch] = localiseReport(report, 'fr').errors;
		expect(tag).toMatchObject({ line: 3, code: 'TAG_NOT_FOR_TYPE' });
		expect(tag!.message).toContain('fiche Société');
		expect(field!.message).not.toContain('error.');
		expect(mismatch!.message).toBe('X est de type Société dans la base, pas Contact.');
	});
});
