import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** One Chromium per test file (Debian's; nothing is downloaded). */
export function useBrowser(): { browser: () => Browser } {
	let browser: Browser;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser?.close();
	});
	return { browser: () => browser };
}

export const app = () => inject('app');

/**
 * A new page whose `goto` waits until the page has hydrated (the root layout marks it): a click before
 * hydration does nothing, and on a loaded machine a test would click a button that does not work yet.
 */
async function hydratingPage(context: import('playwright-core').BrowserContext): Promise<Page> {
	const page = await context.newPage();
	const goto = page.goto.bind(page);
	page.goto = async (url, options) => {
		const response = await goto(url, options);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 30_000 });
		return response;
	};
	return page;
}

/** A fresh browser context signed in with these credentials, on their home page. */
export async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
	const context = await browser.newContext({ baseURL: app().baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
	const page = await hydratingPage(context);
	await page.goto('/login');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return page;
}

/** A suffix that makes this run's records its own ("Azur 8K2QF"), so tests never lean on or change the demo data. */
export const runSuffix = () => Date.now().toString(36).slice(-5).toUpperCase();

/** Organisations made through GraphQL with the page's session; their ids, in order. */
export async function createOrganisations(page: Page, inputs: { name: string; managed?: boolean }[]): Promise<string[]> {
	const ids: string[] = [];
	for (const input of inputs) {
		const response = await page.request.post('/graphql', {
			headers: { origin: app().baseURL, 'content-type': 'application/json' },
			data: { query: 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { entity { id } } }', variables: { input: { kind: 'company', ...input } } }
		});
		const body = (await response.json()) as { data?: { createOrganisation: { entity: { id: string } } }; errors?: unknown };
		if (!body.data) throw new Error(`createOrganisation ${input.name}: ${JSON.stringify(body.errors)}`);
		ids.push(body.data.createOrganisation.entity.id);
	}
	return ids;
}

/** Where a node of the graph explorer is drawn, in page coordinates, once the layout has put it there. */
export async function nodePoint(page: Page, id: string) {
	await page.locator('.canvas[data-laying-out="false"]').waitFor();
	return page.evaluate((nodeId) => {
		const { cy } = (window as unknown as { crmGraph: { cy: import('cytoscape').Core } }).crmGraph;
		const box = cy.container()!.getBoundingClientRect();
		const p = cy.getElementById(nodeId).renderedPosition();
		return { x: box.left + p.x, y: box.top + p.y };
	}, id);
}
