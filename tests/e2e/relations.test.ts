import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app, signIn, useBrowser } from './browser';

const { browser } = useBrowser();

async function openOrganisation(page: Page, name: string) {
	await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
	await page.getByRole('link', { name, exact: true }).click();
	await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** The relations block as text lines: "predicate → other", sorted. */
async function relationLines(page: Page): Promise<string[]> {
	const block = page.locator('section[aria-labelledby="relations-h"]');
	const lines: string[] = [];
	for (const group of await block.locator('h3.predicate').all()) {
		const predicate = (await group.textContent())!.trim();
		const items = group.locator('xpath=following-sibling::ul[1]/li/a');
		for (const name of await items.allTextContents()) lines.push(`${predicate} ${name.trim()}`);
	}
	return lines.sort();
}

async function addRelation(page: Page, predicate: string, objectName: string) {
	await page.getByRole('button', { name: 'Add relations' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Relation', { exact: true }).selectOption({ label: predicate });
	await dialog.getByLabel('Related to').fill(objectName);
	await dialog.getByRole('button', { name: new RegExp(`^${objectName} Organisation`) }).click();
	await dialog.getByRole('button', { name: 'Relate (1)' }).click();
	await page.getByText('1 relation(s) added.').waitFor();
}

describe('the founding example, in the browser', () => {
	it('A ours; B customer, C prospect, D competitor of A; C prospect of D: read both ways, removed from either side', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const [A, B, C, D] = ['Azur Fontaine', 'Boréal Distribution', 'Cristal Café', 'Delta Sources'];

		await openOrganisation(page, B);
		await page.getByRole('button', { name: 'Make customer' }).click();
		await page.getByText('1 relation(s) added.').waitFor();
		await openOrganisation(page, C);
		await page.getByRole('button', { name: 'Make prospect' }).click();
		await page.getByText('1 relation(s) added.').waitFor();
		await openOrganisation(page, D);
		await page.getByRole('button', { name: 'Make competitor' }).click();
		await page.getByText('1 relation(s) added.').waitFor();
		await openOrganisation(page, C);
		await addRelation(page, 'is a prospect of', D);

		const onC = await relationLines(page);
		expect(onC).toEqual(expect.arrayContaining([`is a prospect of ${A}`, `is a prospect of ${D}`]));
		await openOrganisation(page, A);
		expect(await relationLines(page)).toEqual(
			expect.arrayContaining([`has as prospect ${C}`, `has as customer ${B}`, `has as competitor ${D}`])
		);
		await openOrganisation(page, D);
		expect(await relationLines(page)).toEqual(expect.arrayContaining([`has as prospect ${C}`, `is a competitor of ${A}`]));

		// Remove "A has as prospect C" from A's side: C no longer reads "is a prospect of A".
		await openOrganisation(page, A);
		const row = page.locator('section[aria-labelledby="relations-h"] li', { hasText: C });
		await row.getByRole('button', { name: 'Remove' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
		await page.getByText('Relation removed.').waitFor();
		await openOrganisation(page, C);
		const after = await relationLines(page);
		expect(after).not.toContain(`is a prospect of ${A}`);
		expect(after).toContain(`is a prospect of ${D}`);
		// The removal is the newest entry on C's timeline (other tests may have removed the same pair before).
		const newest = page.locator('section[aria-labelledby="history-h"] ol.timeline > li').first();
		expect(await newest.textContent()).toContain(`Relation removed: is a prospect of ${A}`);
		await page.context().close();
	});

	it('a custom type made in the admin screen is usable at once, and refused from a contact with the allowed types named', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		await page.goto('/admin/relation-types/new');
		const subject = page.getByRole('group', { name: 'Subject' });
		await subject.getByLabel('Organisation').check();
		await page.getByLabel('Subject → object').fill('is a reseller of');
		await page.getByLabel('Object → subject').fill('has as reseller');
		await page.getByRole('group', { name: 'Object', exact: true }).getByLabel('Organisation').check();
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Relation type created; it is usable at once.').waitFor();
		const key = await page.locator('tr', { hasText: 'is a reseller of' }).getAttribute('data-key');
		expect(key).toBe('C_IS_A_RESELLER_OF');

		await openOrganisation(page, 'Boréal Distribution');
		await addRelation(page, 'is a reseller of', 'Cristal Café');
		await openOrganisation(page, 'Cristal Café');
		expect(await relationLines(page)).toContain('has as reseller Boréal Distribution');

		// A contact is not offered the type, and a forged request is refused with the allowed types named.
		await page.goto('/contacts?q=Hugo%20Lemaire');
		await page.getByRole('link', { name: 'Hugo Lemaire', exact: true }).click();
		await page.getByRole('heading', { name: 'Hugo Lemaire', level: 1 }).waitFor();
		const contactPath = new URL(page.url()).pathname;
		await page.getByRole('button', { name: 'Add relations' }).click();
		const offered = await page.getByRole('dialog').getByLabel('Relation', { exact: true }).locator('option').allTextContents();
		expect(offered).not.toContain('is a reseller of');
		const cristal = await page.request.get('/api/entities?q=Cristal&types=Organisation');
		const target = ((await cristal.json()) as { items: { id: string }[] }).items[0]!.id;
		const forged = await page.request.post(`${contactPath}?/relate`, {
			form: { type: key!, objects: target },
			headers: { origin: app().baseURL, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		const body = await forged.text();
		expect(body).toContain('“is a reseller of” applies only to: Organisation');
		await page.context().close();
	});
});
