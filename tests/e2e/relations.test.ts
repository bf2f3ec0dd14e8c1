import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { app, createOrganisations, runSuffix, signIn, useBrowser } from './browser';

const { browser } = useBrowser();

async function openOrganisation(page: Page, id: string, name: string) {
	await page.goto(`/organisations/${id}`);
	await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Makes the entity on the page stand with our company `ours` ("Make customer"), saying `message`. */
async function stand(page: Page, ours: string, button: string, message: string | RegExp) {
	await page.getByLabel('Which of our companies').selectOption({ label: ours });
	await page.getByRole('button', { name: button, exact: true }).click();
	await page.getByText(message).waitFor();
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
	await page.getByText('1 relation added.').waitFor();
}

describe('the founding example, in the browser', () => {
	it('A ours; B customer, C prospect, D competitor of A; C prospect of D: read both ways, removed from either side', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const [A, B, C, D] = ['Azur', 'Boréal', 'Cristal', 'Delta'].map((n) => `${n} ${run}`) as [string, string, string, string];
		const [a, b, c, d] = await createOrganisations(page, [{ name: A, managed: true }, { name: B }, { name: C }, { name: D }]);

		await openOrganisation(page, b!, B);
		await stand(page, A, 'Make customer', 'Relation “is a customer of” added.');
		await openOrganisation(page, c!, C);
		await stand(page, A, 'Make prospect', 'Relation “is a prospect of” added.');
		await openOrganisation(page, d!, D);
		await stand(page, A, 'Make competitor', 'Relation “is a competitor of” added.');
		await openOrganisation(page, c!, C);
		await addRelation(page, 'is a prospect of', D);

		const onC = await relationLines(page);
		expect(onC).toEqual([`is a prospect of ${A}`, `is a prospect of ${D}`]);
		await openOrganisation(page, a!, A);
		expect(await relationLines(page)).toEqual([`has as competitor ${D}`, `has as customer ${B}`, `has as prospect ${C}`]);
		await openOrganisation(page, d!, D);
		expect(await relationLines(page)).toEqual([`has as prospect ${C}`, `is a competitor of ${A}`]);

		// Remove "A has as prospect C" from A's side: C no longer reads "is a prospect of A".
		await openOrganisation(page, a!, A);
		const row = page.locator('section[aria-labelledby="relations-h"] li', { hasText: C });
		await row.getByRole('button', { name: 'Remove' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
		await page.getByText('Relation removed.').waitFor();
		await openOrganisation(page, c!, C);
		expect(await relationLines(page)).toEqual([`is a prospect of ${D}`]);
		const newest = page.locator('section[aria-labelledby="history-h"] ol.timeline > li').first();
		expect(await newest.textContent()).toContain(`Relation removed: is a prospect of ${A}`);
		await page.context().close();
	});

	it('a prospect made a customer changes stage in one step: the standing shows it, the history keeps both', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const [ours, lead] = [`Source ${run}`, `Client ${run}`];
		const [, id] = await createOrganisations(page, [{ name: ours, managed: true }, { name: lead }]);
		await openOrganisation(page, id!, lead);
		await page.getByLabel('Which of our companies').selectOption({ label: ours });
		await page.getByText('No stage yet.').waitFor();
		await stand(page, ours, 'Make prospect', 'Relation “is a prospect of” added.');

		// The current stage shows as such; the others say what they replace.
		const standing = page.getByRole('form', { name: `Standing with ${ours}` });
		await standing.getByText(`Now: is a prospect of ${ours}.`).waitFor();
		await expect(standing.getByRole('button', { name: '✓ is a prospect of (current)' }).isDisabled()).resolves.toBe(true);
		await expect(standing.getByRole('button', { name: 'Make customer' }).getAttribute('title')).resolves.toBe('Replaces “is a prospect of”');

		await stand(page, ours, 'Make customer', 'Now “is a customer of”, replacing “is a prospect of”; both steps are in the history.');
		expect(await relationLines(page)).toEqual([`is a customer of ${ours}`]);
		await standing.getByText(`Now: is a customer of ${ours}.`).waitFor();
		const timeline = await page.locator('section[aria-labelledby="history-h"] ol.timeline > li').allTextContents();
		expect(timeline.slice(0, 3).join('\n')).toContain(`Relation removed: is a prospect of ${ours}`);
		expect(timeline.slice(0, 3).join('\n')).toContain(`Relation added: is a customer of ${ours}`);

		// Competitor sits beside the stage; the same stage twice is refused and changes nothing.
		const twice = await page.request.post(`/organisations/${id}?/shortcut`, {
			form: { type: 'IS_CUSTOMER_OF', ours: (await standing.locator('select').inputValue()) },
			headers: { origin: app().baseURL, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(await twice.text()).toContain(`${lead} is a customer of ${ours} already.`);
		await page.reload();
		expect(await relationLines(page)).toEqual([`is a customer of ${ours}`]);
		await stand(page, ours, 'Make competitor', 'Relation “is a competitor of” added.');
		expect(await relationLines(page)).toEqual([`is a competitor of ${ours}`, `is a customer of ${ours}`]);
		await page.context().close();
	});

	it('a custom type made in the admin screen is usable at once, and refused from a contact with the allowed types named', async () => {
		const page = await signIn(browser(), app().adminEmail, app().adminPassword);
		const run = runSuffix();
		const [reseller, shop] = [`Revendeur ${run}`, `Boutique ${run}`];
		const [resellerId, shopId] = await createOrganisations(page, [{ name: reseller }, { name: shop }]);
		const verb = `resells for ${run}`;
		await page.goto('/admin/relation-types/new');
		const subject = page.getByRole('group', { name: 'Subject' });
		await subject.getByLabel('Organisation').check();
		await page.getByLabel('Subject → object').fill(verb);
		await page.getByLabel('Object → subject').fill(`has as reseller ${run}`);
		await page.getByRole('group', { name: 'Object', exact: true }).getByLabel('Organisation').check();
		await page.getByRole('button', { name: 'Create' }).click();
		await page.getByText('Relation type created; it is usable at once.').waitFor();
		const key = await page.locator('tr', { hasText: verb }).getAttribute('data-key');
		expect(key).toBe(`C_RESELLS_FOR_${run}`);

		await openOrganisation(page, resellerId!, reseller);
		await addRelation(page, verb, shop);
		await openOrganisation(page, shopId!, shop);
		expect(await relationLines(page)).toEqual([`has as reseller ${run} ${reseller}`]);

		// A contact is not offered the type, and a forged request is refused with the allowed types named.
		await page.goto('/contacts?q=Hugo%20Lemaire');
		await page.getByRole('link', { name: 'Hugo Lemaire', exact: true }).click();
		await page.getByRole('heading', { name: 'Hugo Lemaire', level: 1 }).waitFor();
		const contactPath = new URL(page.url()).pathname;
		await page.getByRole('button', { name: 'Add relations' }).click();
		const offered = await page.getByRole('dialog').getByLabel('Relation', { exact: true }).locator('option').allTextContents();
		expect(offered).not.toContain(verb);
		const forged = await page.request.post(`${contactPath}?/relate`, {
			form: { type: key!, objects: shopId! },
			headers: { origin: app().baseURL, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		const body = await forged.text();
		expect(body).toContain(`“${verb}” applies only to: Organisation`);
		await page.context().close();
	});
});
