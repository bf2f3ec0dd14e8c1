import { expect as vexpect, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app, signIn, useBrowser } from './browser';

const { browser } = useBrowser();
const expect = vexpect;

const ORG = `Hydra Bureautique ${Date.now().toString(36)}`;

async function createUser(admin: Page, email: string, lastName: string, role: string, password: string) {
	await admin.goto('/admin/users');
	await admin.getByLabel('E-mail address').fill(email);
	await admin.getByLabel('Last name').fill(lastName);
	await admin.getByLabel('Role', { exact: true }).selectOption(role);
	await admin.getByRole('textbox', { name: 'Password' }).fill(password);
	await admin.getByRole('button', { name: 'Create' }).click();
	await admin.getByText(`User ${email} created.`).waitFor();
}

/** Posts a form action the way an enhanced form does, with the right Origin, bypassing the UI. */
async function forgePost(page: Page, path: string, form: Record<string, string>) {
	const response = await page.request.post(path, {
		form,
		headers: { origin: app().baseURL, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	return { status: response.status(), body: await response.text() };
}

describe('foundation, in the browser', () => {
	it('redirects an anonymous visitor to the sign-in page', async () => {
		const context = await browser().newContext({ baseURL: app().baseURL });
		const page = await context.newPage();
		await page.goto('/organisations');
		expect(new URL(page.url()).pathname).toBe('/login');
		await page.getByLabel('E-mail address').fill(app().adminEmail);
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('alert').getByText('Wrong e-mail or password.').waitFor();
		await context.close();
	});

	it('opens the home page after sign-in, and lists the demo organisations', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.getByRole('heading', { name: 'Welcome, Administrator' }).waitFor();
		await page.getByRole('heading', { name: 'Latest activity' }).waitFor();
		await page.getByRole('figure', { name: 'New records per week' }).getByRole('button', { name: 'PNG' }).waitFor();
		await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
		await page.waitForURL('**/organisations');
		await page.getByRole('table').getByRole('link').first().waitFor();
		// Other test files add their own records, which may sort first: each demo company is searched for.
		for (const name of ['Azur Fontaine', 'Boréal Distribution', 'Cristal Café', 'Delta Sources']) {
			await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
			await page.getByRole('link', { name, exact: true }).waitFor();
		}
		await page.context().close();
	});

	it('refuses an invalid phone, saves once fixed, finds it by its national number, trashes and restores it', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.goto('/organisations');
		await page.getByRole('link', { name: 'New organisation' }).click();
		await page.getByRole('textbox', { name: /^Name/ }).fill(ORG);
		await page.getByLabel('Phone 1').fill('01 23');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByRole('alert').getByText('Some fields need attention.').waitFor();
		await expect(page.locator('#org-phone-0-error').textContent()).resolves.toContain('not a valid phone number');
		await expect(page.getByLabel('Phone 1').getAttribute('aria-invalid')).resolves.toBe('true');

		// Nothing was stored (checked in a second tab, so the form keeps what was typed).
		const other = await page.context().newPage();
		await other.goto(`/organisations?q=${encodeURIComponent(ORG)}`);
		await other.getByText(`No organisation matches “${ORG}”.`).waitFor();
		await other.close();

		await expect(page.getByRole('textbox', { name: /^Name/ }).inputValue()).resolves.toBe(ORG);
		await page.getByLabel('Phone 1').fill('+33 1 99 00 42 42');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Organisation created.').waitFor();
		await page.getByRole('heading', { name: ORG }).waitFor();
		await page.getByRole('link', { name: '01 99 00 42 42' }).waitFor();

		await page.getByLabel('Search names, e-mails, phone numbers').fill('01 99 00 42 42');
		await page.keyboard.press('Enter');
		await page.getByRole('link', { name: ORG }).click();
		await page.getByRole('heading', { name: ORG }).waitFor();

		await page.getByRole('button', { name: 'Move to trash' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
		await page.getByText(`“${ORG}” was moved to the trash.`).waitFor();
		await page.goto(`/organisations?q=${encodeURIComponent(ORG)}`);
		await page.getByText(`No organisation matches “${ORG}”.`).waitFor();

		await page.goto('/trash');
		const row = page.getByRole('row', { name: new RegExp(ORG) });
		await row.getByRole('button', { name: 'Restore' }).click();
		await page.getByText(`“${ORG}” was restored.`).waitFor();
		await page.getByRole('heading', { name: ORG }).waitFor();
		await page.context().close();
	});

	it('shows a viewer no edit buttons and answers a forged write with 403, changing nothing', async () => {
		const admin = await signIn(browser(), app().adminEmail, app().adminPassword);
		await createUser(admin, 'viewer@e2e.example.com', 'Viewer', 'viewer', 'viewer-password-1');
		await createUser(admin, 'agent@e2e.example.com', 'Agent', 'agent', 'agent-password-1');
		await admin.context().close();

		const viewer = await signIn(browser(), 'viewer@e2e.example.com', 'viewer-password-1');
		await viewer.goto('/organisations?q=Cristal%20Caf%C3%A9');
		expect(await viewer.getByRole('link', { name: 'New organisation' }).count()).toBe(0);
		await viewer.getByRole('link', { name: 'Cristal Café', exact: true }).click();
		await viewer.getByRole('heading', { name: 'Cristal Café' }).waitFor();
		expect(await viewer.getByRole('link', { name: 'Edit' }).count()).toBe(0);
		expect(await viewer.getByRole('button', { name: 'Move to trash' }).count()).toBe(0);

		const forged = await forgePost(viewer, '/organisations/new', { name: 'Forged by a viewer', kind: 'company', status: 'active' });
		expect(forged.status).toBe(403);
		expect(forged.body).toContain('Your role (Viewer) does not allow this');
		const trash = await forgePost(viewer, `${new URL(viewer.url()).pathname}?/trash`, {});
		expect(trash.status).toBe(403);
		await viewer.goto('/search?q=Forged');
		await viewer.getByText('Nothing matches “Forged”').waitFor();
		await viewer.context().close();

		const agent = await signIn(browser(), 'agent@e2e.example.com', 'agent-password-1');
		const userAdmin = await forgePost(agent, '/admin/users?/create', { email: 'evil@example.com', lastName: 'Evil', role: 'admin', password: '' });
		expect(userAdmin.status).toBe(403);
		expect(userAdmin.body).toContain('Your role (Agent) does not allow this');
		await agent.context().close();

		const check = await signIn(browser(), app().adminEmail, app().adminPassword);
		await check.goto('/admin/users');
		expect(await check.getByText('evil@example.com').count()).toBe(0);
		await check.context().close();
	});
});
