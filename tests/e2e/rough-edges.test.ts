/**
 * The rough edges a new user found in Chromium (issue 14), each as the user meets it: a blank filter
 * condition, deleting a saved filter, a confirmation cut short, a tag colour lost, counts, dates and
 * French sentences, the top-bar search.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app, createOrganisations, runSuffix, signIn, useBrowser } from './browser';

const { browser } = useBrowser();

async function inFrench(page: Page) {
	const response = await page.request.post('/lang', { form: { lang: 'fr', back: '/' }, headers: { origin: app().baseURL }, maxRedirects: 0 });
	expect(response.status()).toBe(303);
}

describe('rough edges, as a new user meets them', () => {
	it('a filter condition left at “—” is refused with a message, neither applied nor saved', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.goto('/organisations');
		await page.getByRole('button', { name: 'Filter' }).click();
		await page.getByRole('button', { name: '+ field' }).click();
		await page.getByLabel('field', { exact: true }).selectOption({ label: 'Status' });
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.getByRole('alert').getByText('Give the condition a value, or remove it.').waitFor();
		expect(new URL(page.url()).searchParams.has('f')).toBe(false);
		await expect(page.getByLabel('Value').getAttribute('aria-invalid')).resolves.toBe('true');

		const saved: string[] = [];
		page.on('request', (r) => r.method() === 'POST' && saved.push(r.url()));
		await page.getByLabel('Save this filter as').fill(`Blank ${runSuffix()}`);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.waitForTimeout(300);
		expect(saved).toEqual([]);

		// Given a value, the message goes and the filter applies.
		await page.getByLabel('Value').selectOption({ label: 'Active' });
		await expect(page.getByRole('alert').count()).resolves.toBe(0);
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL(/[?&]f=/);

		// A forged link with the blank condition is refused with the same sentence, not "nothing matches".
		const blank = Buffer.from(JSON.stringify({ kind: 'group', op: 'and', items: [{ kind: 'field', field: 'status', value: '' }] })).toString('base64url');
		const response = await page.goto(`/organisations?f=${blank}`);
		expect(response?.status()).toBe(422);
		await page.getByText('Give the condition a value, or remove it.').waitFor();
		// Still inside the app, with the way back to the list.
		await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).waitFor();
		await page.getByRole('link', { name: 'Open this page without its filters' }).click();
		await page.waitForURL((url) => url.pathname === '/organisations' && url.search === '');
		await page.getByRole('button', { name: 'Filter' }).waitFor();
		await page.context().close();
	});

	it('deleting a saved filter asks first, then says it is done', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const name = `Active ${runSuffix()}`;
		await page.goto('/organisations');
		await page.getByRole('button', { name: 'Filter' }).click();
		await page.getByRole('button', { name: '+ field' }).click();
		await page.getByLabel('field', { exact: true }).selectOption({ label: 'Status' });
		await page.getByLabel('Value').selectOption({ label: 'Active' });
		await page.getByLabel('Save this filter as').fill(name);
		await page.getByLabel('Share with everyone').check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.getByText('Filter saved.').waitFor();
		await page.getByLabel('Saved filters').selectOption({ label: `${name} (shared)` });
		await page.waitForURL(/[?&]saved=/);

		await page.getByRole('button', { name: 'Delete this saved filter' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByText(`Delete the saved filter “${name}”? It is shared: your colleagues lose it too. This cannot be undone.`).waitFor();
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByLabel('Saved filters').locator('option', { hasText: name }).count()).resolves.toBe(1);

		await page.getByRole('button', { name: 'Delete this saved filter' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Delete this saved filter' }).click();
		await page.getByText(`Saved filter “${name}” deleted.`).waitFor();
		expect(new URL(page.url()).searchParams.has('saved')).toBe(false);
		await expect(page.locator('#saved-filter option', { hasText: name }).count()).resolves.toBe(0);
		await page.context().close();
	});

	it('the relation-type delete confirmation reads whole, with its count said properly', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const verb = `lends bottles to ${run}`;
		const [lender, borrower] = await createOrganisations(page, [{ name: `Prêteur ${run}` }, { name: `Emprunteur ${run}` }]);
		await page.goto('/admin/relation-types/new');
		await page.getByLabel('Subject → object').fill(verb);
		await page.getByLabel('Object → subject').fill(`borrows bottles from ${run}`);
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Relation type created; it is usable at once.').waitFor();
		const key = (await page.locator('tr', { hasText: verb }).getAttribute('data-key'))!;
		const related = await page.request.post('/api/relations', { data: { subject: lender, type: key, objects: [borrower], attributes: {} }, headers: { origin: app().baseURL } });
		expect(related.status()).toBe(201);

		await page.reload();
		await page.locator('tr', { hasText: verb }).getByRole('button', { name: 'Delete' }).click();
		const question = page.getByRole('dialog').locator('p');
		await expect(question.textContent()).resolves.toBe('One relation uses this type. Delete the type and this relation? This cannot be undone.');
		// Every line of it inside the dialog: nothing runs off its edge.
		const fits = await question.evaluate((p) => p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().right <= p.closest('dialog')!.getBoundingClientRect().right);
		expect(fits).toBe(true);
		await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
		await page.getByText('Relation type deleted (1 relation removed).').waitFor();
		await page.context().close();
	});

	it('a new tag’s colour box keeps its colour after creating one, with no console warning', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const warnings: string[] = [];
		page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
		await page.goto('/admin/tags');
		const form = page.locator('form[action="?/create"]');
		await form.getByLabel('Name', { exact: true }).fill(`Tag ${runSuffix()}`);
		await form.getByLabel('Colour').fill('#ff8800');
		await form.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Tag created.').waitFor();
		await expect(form.getByLabel('Colour').inputValue()).resolves.toBe('#475467');
		await expect(form.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('');
		expect(warnings.filter((w) => /does not conform|value/i.test(w))).toEqual([]);
		await page.context().close();
	});

	it('dates read in the reader’s format and language, relation periods included', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const [buyer, ours] = await createOrganisations(page, [{ name: `Acheteur ${run}` }, { name: `Nous ${run}`, managed: true }]);
		const related = await page.request.post('/api/relations', {
			data: { subject: buyer, type: 'IS_CUSTOMER_OF', objects: [ours], attributes: { since: '2025-01-03', until: '2025-12-31' } },
			headers: { origin: app().baseURL }
		});
		expect(related.status()).toBe(201);
		// The browser says en-GB: day before month.
		await page.goto(`/organisations/${buyer}`);
		await page.getByText('3 Jan 2025 → 31 Dec 2025').waitFor();
		await inFrench(page);
		await page.goto(`/organisations/${buyer}`);
		await page.getByText('du 3 janv. 2025 au 31 déc. 2025').waitFor();
		const updated = await page.locator('dl time').first().textContent();
		expect(updated).toMatch(/^\d{1,2} [a-zéû]+\.? \d{4}/);
		await page.context().close();
	});

	it('French reads as French: elision, the demo data named as such, counts in the singular', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await inFrench(page);
		await page.goto('/organisations?q=Bor%C3%A9al%20Distribution');
		await page.getByText('Connecté en tant qu’Administrator (administrateur)').waitFor();
		await page.getByRole('link', { name: 'Boréal Distribution', exact: true }).click();
		await page.getByRole('heading', { name: 'Boréal Distribution', level: 1 }).waitFor();
		const timeline = page.locator('section[aria-labelledby="history-h"]');
		await timeline.getByText('données de démonstration').first().waitFor();
		await expect(timeline.getByText('demo', { exact: true }).count()).resolves.toBe(0);
		// "est partenaire de Azur" → "d’Azur", with the colon's space kept on its line.
		await timeline.getByText(/Relation ajoutée\s: est client d’Azur Fontaine/).first().waitFor();
		await page.context().close();
	});

	it('the top-bar search answers as you type, partial e-mails included, and Ctrl-K brings it', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.goto('/contacts');
		const box = page.getByRole('combobox', { name: 'Search names, e-mails, phone numbers' });
		// Pressed again until the page has hydrated (before that the key is the browser's).
		await expect
			.poll(async () => {
				await page.keyboard.press('Control+k');
				return box.evaluate((el) => el === document.activeElement);
			})
			.toBe(true);
		await box.pressSequentially('achats@boreal', { delay: 20 });
		const results = page.getByRole('listbox', { name: 'Matching records' });
		await results.getByRole('option', { name: /^Boréal Distribution Organisation/ }).waitFor();
		await page.keyboard.press('ArrowDown');
		await expect(box.getAttribute('aria-activedescendant')).resolves.toBe('global-search-0');
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: 'Boréal Distribution', level: 1 }).waitFor();

		// Nothing found says so; Escape closes; Enter without a choice opens the full results.
		await box.fill('');
		await box.pressSequentially('zzzqqq', { delay: 20 });
		await page.getByText('Nothing matches “zzzqqq”.', { exact: false }).waitFor();
		await page.keyboard.press('Escape');
		await expect(results.count()).resolves.toBe(0);
		await box.fill('Delta');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\?q=Delta/);
		await page.getByText(/1 result for “Delta”|\d+ results for “Delta”/).waitFor();
		await page.context().close();
	});
});
