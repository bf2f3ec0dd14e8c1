import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/kinds/registry';
import { kindMessages } from '../../src/lib/kinds/labels';
import { kindIndexStatements } from '../../src/lib/server/db/kind-schema';
import { generateTypeDefs } from '../../src/lib/server/graphql/type-defs';

describe('the entity kinds registry', () => {
	it('keeps schema.graphql as generated from the declarations (run `npm run graphql:schema` after changing a kind)', () => {
		const checkedIn = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
		expect(checkedIn === generateTypeDefs(), 'schema.graphql is stale: run npm run graphql:schema').toBe(true);
	});

	it('gives every kind its own slug and form prefix', () => {
		expect(new Set(KINDS.map((k) => k.slug)).size).toBe(KINDS.length);
		expect(new Set(KINDS.map((k) => k.formId)).size).toBe(KINDS.length);
	});

	it('means the same by a field name in every kind that has it (one RDF property, one type)', () => {
		const seen = new Map<string, string>();
		for (const kind of KINDS) {
			for (const name of kind.fieldNames) {
				const spec = kind.fields[name]!;
				const shape = `${spec.rdf} ${spec.multiple}`;
				expect(`${kind.type}.${name}: ${seen.get(name) ?? shape}`).toBe(`${kind.type}.${name}: ${shape}`);
				seen.set(name, shape);
			}
		}
	});

	it('names every kind and its inline labels in both languages', () => {
		const en = kindMessages('en');
		const fr = kindMessages('fr');
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		for (const kind of KINDS) for (const key of ['one', 'other', 'new', 'created', 'empty', 'noMatch']) expect(fr[`kind.${kind.type}.${key}`]).toBeTruthy();
		expect(en['kind.Product.new']).toBe('New product');
		expect(en['field.Product.sku']).toBe('SKU');
		expect(fr['field.Product.sku']).toBe('Référence');
	});

	it('indexes each kind by sort name, display name, update and its indexed fields', () => {
		const statements = kindIndexStatements();
		expect(statements).toContain('CREATE INDEX organisation_status IF NOT EXISTS FOR (n:Organisation) ON (n.status)');
		expect(statements).toContain('CREATE INDEX product_name IF NOT EXISTS FOR (n:Product) ON (n.sortName)');
		expect(statements).toContain('CREATE INDEX product_sku IF NOT EXISTS FOR (n:Product) ON (n.sku)');
	});
});
