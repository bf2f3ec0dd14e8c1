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

/** A fresh browser context signed in with these credentials, on their home page. */
export async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
	const context = await browser.newContext({ baseURL: app().baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => url.pathname === '/');
	return page;
}
