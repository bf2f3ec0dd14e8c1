/**
 * Product, the kind added as one declaration (src/lib/modules/catalogue/product.ts) plus demo data:
 * listed, created through its form, searchable, filterable, relatable by a relation type an admin
 * makes for it, exported as triples, queryable in GraphQL and drawn in the explorer.
 */
import { describe, expect, it } from 'vitest';
import { app, signIn, useBrowser } from './browser';

const { browser } = useBrowser();

describe('Product, a kind declared once', () => {
	it('is listed, created, searched, filtered, related, exported as triples, queried in GraphQL and drawn in the explorer', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const sku = `PUR-${Date.now().toString(36).toUpperCase()}`;
		const name = `Purificateur d'eau ${sku}`;

		// In the menu, its list with the demo products.
		await page.getByRole('navigation').getByRole('link', { name: 'Products' }).click();
		await page.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
		await page.getByRole('link', { name: "Bonbonne d'eau de source 19 L", exact: true }).waitFor();

		// Its form: a refused price, then saved.
		await page.getByRole('link', { name: 'New product' }).click();
		await page.getByRole('textbox', { name: /^Name/ }).fill(name);
		await page.getByLabel('SKU').fill(sku);
		await page.getByLabel('Unit price').fill('douze');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByRole('alert').getByText('Some fields need attention.').waitFor();
		await expect(page.locator('#product-unitPrice-error').textContent()).resolves.toContain('Enter a number');
		await page.getByLabel('Unit price').fill('249,90');
		await page.getByLabel('Stock quantity').fill('7');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Product created.').waitFor();
		await page.getByRole('heading', { name, level: 1 }).waitFor();
		await page.getByText('249.90').waitFor();
		const productId = new URL(page.url()).pathname.split('/').at(-1)!;

		// The global search finds it by its SKU.
		await page.getByLabel('Search names, e-mails, phone numbers').fill(sku);
		await page.keyboard.press('Enter');
		await page.getByRole('link', { name }).waitFor();

		// A filter on one of its fields: products no longer offered.
		await page.goto('/products');
		await page.getByRole('button', { name: 'Filter' }).click();
		await page.getByRole('button', { name: '+ field' }).click();
		await page.getByLabel('field', { exact: true }).selectOption({ label: 'Active (offered for sale)' });
		await page.getByLabel('Value').selectOption({ label: 'No' });
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL(/[?&]f=/);
		await page.getByRole('link', { name: 'Bonbonne 15 L (ancienne gamme)' }).waitFor();
		await expect(page.getByRole('link', { name: "Bonbonne d'eau de source 19 L", exact: true }).count()).resolves.toBe(0);

		// An admin makes a relation type for it, and it is used at once.
		await page.goto('/admin/relation-types/new');
		await page.getByRole('group', { name: 'Subject' }).getByLabel('Product').check();
		await page.getByLabel('Subject → object').fill('is supplied by');
		await page.getByLabel('Object → subject').fill('supplies');
		await page.getByRole('group', { name: 'Object', exact: true }).getByLabel('Organisation').check();
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Relation type created; it is usable at once.').waitFor();
		await page.goto(`/products/${productId}`);
		await page.getByRole('button', { name: 'Add relations' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByLabel('Relation', { exact: true }).selectOption({ label: 'is supplied by' });
		await dialog.getByLabel('Related to').fill('Delta Sources');
		await dialog.getByRole('button', { name: /^Delta Sources Organisation/ }).click();
		await dialog.getByRole('button', { name: 'Relate (1)' }).click();
		await page.getByText('added.').waitFor();
		await page.locator('section[aria-labelledby="relations-h"]').getByRole('link', { name: 'Delta Sources' }).waitFor();
		// Read from the other side too.
		await page.locator('section[aria-labelledby="relations-h"]').getByRole('link', { name: 'Delta Sources' }).click();
		await page.getByRole('heading', { name: 'Delta Sources', level: 1 }).waitFor();
		await page.locator('section[aria-labelledby="relations-h"]').getByRole('link', { name }).waitFor();

		// As triples: its class, its fields (typed), the relation.
		const triples = await page.request.get(`/api/triples?s=${productId}&size=100`, { headers: { accept: 'application/n-triples' } });
		const text = await triples.text();
		expect(text).toContain('/ns#Product>');
		expect(text).toContain(`"${sku}"`);
		expect(text).toContain('"249.9"^^<http://www.w3.org/2001/XMLSchema#decimal>');
		expect(text).toMatch(/\/id\/relation\/C_IS_SUPPLIED_BY> <[^>]+\/id\/entity\/[0-9a-f-]+>/);

		// In GraphQL, with its relations.
		const answer = await page.request.post('/graphql', {
			headers: { origin: app().baseURL, 'content-type': 'application/json' },
			data: { query: 'query($sku: String!) { products(limit: 5, where: { sku: { eq: $sku } }) { name unitPrice stock active relations { predicate other { name type } } } }', variables: { sku } }
		});
		const body = (await answer.json()) as { data: { products: unknown[] } };
		expect(body.data.products).toEqual([{ name, unitPrice: 249.9, stock: 7, active: true, relations: [{ predicate: 'is supplied by', other: { name: 'Delta Sources', type: 'Organisation' } }] }]);

		// In the explorer, with its own style and a place in the legend.
		await page.goto(`/graph?focus=${productId}`);
		await page.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) >= 2);
		await page.locator('.legend').getByText('Product').waitFor();
		await page.context().close();
	});
});
