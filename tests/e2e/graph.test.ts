import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app, createOrganisations, nodePoint, runSuffix, signIn, useBrowser } from './browser';

const { browser } = useBrowser();
async function idOf(page: Page, name: string): Promise<string> {
	const response = await page.request.get(`/api/entities?q=${encodeURIComponent(name)}&types=Organisation`);
	const { items } = (await response.json()) as { items: { id: string; name: string }[] };
	return items.find((i) => i.name === name)!.id;
}

async function relate(page: Page, subject: string, type: string, object: string): Promise<void> {
	const response = await page.request.post('/api/relations', {
		data: { subject, type, objects: [object], attributes: {} },
		headers: { origin: app().baseURL }
	});
	expect(response.status(), await response.text()).toBe(201);
}

function edgeLabels(page: Page) {
	return page.evaluate(() => {
		const { cy } = (window as unknown as { crmGraph: { cy: import('cytoscape').Core } }).crmGraph;
		return cy.edges().map((e) => `${e.source().data('label')} ${e.data('label')} ${e.target().data('label')}`);
	});
}

const nodeCount = async (page: Page) => Number(await page.locator('.canvas').getAttribute('data-nodes'));

describe('the graph explorer', () => {
	it('draws the demo’s founding example: the README’s screenshot', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.goto(`/graph?focus=${await idOf(page, 'Cristal Café')}`);
		await page.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) >= 3);
		const labels = await edgeLabels(page);
		expect(labels).toContain('Cristal Café is a prospect of Azur Fontaine');
		expect(labels).toContain('Cristal Café is a prospect of Delta Sources');
		await page.locator('.canvas[data-laying-out="false"]').waitFor();
		await mkdir('docs', { recursive: true });
		await page.waitForTimeout(800);
		await page.screenshot({ path: 'docs/graph-explorer.png' });
		await page.context().close();
	});

	it('shows C’s network, expands D, finds B–D paths, draws a relation, saves and reopens a view, exports PNG', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const [A, B, C, D] = ['Azur', 'Boréal', 'Cristal', 'Delta'].map((n) => `${n} ${run}`) as [string, string, string, string];
		const [a, b, c, d, e] = (await createOrganisations(page, [{ name: A, managed: true }, { name: B }, { name: C }, { name: D }, { name: `Eaux ${run}` }])) as [
			string,
			string,
			string,
			string,
			string
		];
		// E is D's alone: expanding D brings it. A contact of C's, for the type filter.
		await relate(page, e, 'IS_CUSTOMER_OF', d);
		const made = await page.request.post('/graphql', {
			headers: { origin: app().baseURL, 'content-type': 'application/json' },
			data: { query: 'mutation($input: ContactInput!) { createContact(input: $input) { entity { id } } }', variables: { input: { firstName: 'Inès', lastName: `Contact ${run}` } } }
		});
		const person = ((await made.json()) as { data: { createContact: { entity: { id: string } } } }).data.createContact.entity.id;
		await relate(page, person, 'IS_EMPLOYEE_OF', c);
		await relate(page, b, 'IS_CUSTOMER_OF', a);
		await relate(page, c, 'IS_PROSPECT_OF', a);
		await relate(page, d, 'IS_COMPETITOR_OF', a);
		await relate(page, c, 'IS_PROSPECT_OF', d);

		await page.goto(`/graph?focus=${c}`);
		await page.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) >= 3);
		const labels = await edgeLabels(page);
		expect(labels).toContain(`${C} is a prospect of ${A}`);
		expect(labels).toContain(`${C} is a prospect of ${D}`);

		const before = await nodeCount(page);
		const dPoint = await nodePoint(page, d);
		await page.mouse.dblclick(dPoint.x, dPoint.y);
		await page.getByText('1 entity added.').waitFor();
		expect(await nodeCount(page)).toBeGreaterThan(before);
		expect(await edgeLabels(page)).toContain(`${D} is a competitor of ${A}`);

		await page.getByRole('button', { name: 'How are we connected?' }).click();
		await page.getByLabel('From').fill(B);
		await page.getByRole('button', { name: new RegExp(`^${B} Organisation`) }).click();
		await page.getByLabel('To', { exact: true }).fill(D);
		await page.getByRole('button', { name: new RegExp(`^${D} Organisation`) }).click();
		await page.getByRole('button', { name: 'Find paths' }).click();
		await page.getByText(`${B} is a customer of ${A}, which has as competitor ${D}`).waitFor();

		// The path stays in view beside the panel; the panel closes to draw.
		await page.getByRole('region', { name: 'How are we connected?' }).getByRole('button', { name: 'Close' }).click();
		// Draw "B is a partner of D" by dragging from B to D.
		await page.getByRole('button', { name: 'Draw relations' }).click();
		// Let the layout settle so the nodes are where they will be dragged from.
		await page.waitForTimeout(1500);
		await page.locator('.canvas').scrollIntoViewIfNeeded();
		const from = await nodePoint(page, b);
		const to = await nodePoint(page, d);
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
		await page.mouse.move(to.x, to.y, { steps: 5 });
		await page.mouse.up();
		// Nothing is chosen for the user; the dialog reads the relation out once a type is chosen.
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('button', { name: 'Relate (1)' }).isDisabled()).resolves.toBe(true);
		await dialog.getByLabel('Relation', { exact: true }).selectOption({ label: 'is a partner of' });
		await dialog.getByText(`${B} is a partner of ${D}`).waitFor();
		await page.getByRole('button', { name: 'Relate (1)' }).click();
		await page.getByText('Relation created; it is on both entities’ pages.').waitFor();
		await page.getByRole('button', { name: 'Draw relations' }).click();

		await page.goto(`/organisations/${d}`);
		await page.locator('section[aria-labelledby="relations-h"]').getByRole('link', { name: B }).waitFor();
		await page.goto(`/organisations/${b}`);
		const partner = page.locator('section[aria-labelledby="relations-h"] li', { hasText: D }).filter({ hasText: '' });
		await partner.first().waitFor();
		const drawn = (await page.locator('section[aria-labelledby="relations-h"] h3', { hasText: 'is a partner of' }).count()) > 0;
		expect(drawn).toBe(true);

		// Save the canvas as a view and reopen it.
		await page.goto(`/graph?focus=${c}`);
		await page.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) >= 3);
		const saved = await nodeCount(page);
		// The counter follows the filters: contacts hidden, fewer entities shown.
		await page.getByRole('complementary', { name: 'Filter' }).getByLabel('Contact').uncheck();
		await page.getByTestId('graph-counts').getByText(/shown \(of \d+ and \d+ on the canvas\)/).waitFor();
		await page.getByRole('complementary', { name: 'Filter' }).getByLabel('Contact').check();
		await page.getByText('Views and export').click();
		await page.getByRole('button', { name: 'Save view' }).click();
		await page.getByLabel('View name').fill('Cristal and friends');
		await page.getByRole('button', { name: 'Save as new' }).click();
		await page.getByText('View “Cristal and friends” saved.').waitFor();
		const viewUrl = page.url();
		expect(viewUrl).toMatch(/\/graph\?view=[0-9a-f-]{36}$/);
		await page.goto('/organisations');
		await page.goto(viewUrl);
		await page.waitForFunction((n) => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) === n, saved);

		// Exports at the canvas's size: the PNG at twice its pixels, the SVG with the same width and height.
		const canvas = (await page.locator('.canvas').boundingBox())!;
		await page.getByText('Views and export').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
		const png = await readFile((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.length).toBeGreaterThan(2000);
		expect(Math.abs(png.readUInt32BE(16) - 2 * canvas.width)).toBeLessThanOrEqual(2);
		expect(Math.abs(png.readUInt32BE(20) - 2 * canvas.height)).toBeLessThanOrEqual(2);
		const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
		const svg = await readFile((await svgDownload.path())!, 'utf8');
		expect(Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1])).toBeCloseTo(canvas.width, -1);
		expect(Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1])).toBeCloseTo(canvas.height, -1);
		// Every entity drawn with its border and its icon, at the icon's size on screen.
		const nodes = await nodeCount(page);
		expect(svg.match(/<image /g)?.length).toBe(nodes);
		expect(svg).toContain('stroke="rgb(29,78,216)"');
		const iconSizes = [...svg.matchAll(/<image [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...iconSizes)).toBeGreaterThan(10);
		// The PNG draws the icons too: its pixels are not the flat fills and borders only.
		expect(png.length).toBeGreaterThan(20000);

		await page.context().close();
	});
});
