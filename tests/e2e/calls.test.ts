/**
 * The call centre through the built server, in Chromium, in simulated mode (no Twilio account here):
 * an operator calls a contact from its node in the graph explorer, hangs up, wraps the call up,
 * schedules a callback (and is reminded of it) and escalates the call to level 2 (a supervisor is
 * told), and the call is in the log with its duration and outcome; a customer calling in pops its card on
 * another operator's screen within a second, and that operator takes the call.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { app, nodePoint, runSuffix, signIn, useBrowser } from './browser';
import { signInHttp, staffAccount } from './http';

const { browser } = useBrowser();
const PASSWORD = 'calls e2e password';

const userOf = (role: string, suffix: string) => staffAccount(role, suffix, PASSWORD, 'Calls');

async function contactWithPhone(page: Page, lastName: string, phone: string): Promise<string> {
	const made = await page.request.post('/graphql', {
		headers: { origin: app().baseURL, 'content-type': 'application/json' },
		data: { query: 'mutation($input: ContactInput!) { createContact(input: $input) { entity { id } } }', variables: { input: { firstName: 'Samia', lastName, phones: [phone] } } }
	});
	const body = (await made.json()) as { data?: { createContact: { entity: { id: string } } }; errors?: unknown };
	if (!body.data) throw new Error(JSON.stringify(body.errors));
	return body.data.createContact.entity.id;
}

describe('the call centre (simulated)', () => {
	it('calls a contact from the graph explorer, wraps up, schedules a callback (reminded) and escalates; the call is logged with its duration and outcome', async () => {
		const suffix = runSuffix();
		const [operatorEmail, supervisorEmail] = [await userOf('agent', suffix), await userOf('supervisor', `${suffix}L2`)];
		const admin = await signIn(browser(), app().adminEmail, app().adminPassword);
		// A number of this run's own.
		const phone = `+3361${String(Date.now() % 1e7).padStart(7, '0')}`;
		const lastName = `Appel ${suffix}`;
		const contactId = await contactWithPhone(admin, lastName, phone);
		await admin.goto('/admin/telephony');
		await admin.getByText(/Simulated mode: no Twilio account is set up/).waitFor();
		await admin.context().close();

		const operator = await signIn(browser(), operatorEmail, PASSWORD);
		await operator.goto(`/graph?focus=${contactId}`);
		await operator.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-nodes')) >= 1);
		const point = await nodePoint(operator, contactId);
		await operator.mouse.click(point.x, point.y);
		const card = operator.getByRole('complementary', { name: 'Details' });
		await card.getByRole('button', { name: /^Call / }).click();
		await card.getByText(/simulated/).waitFor();
		await card.getByText('In progress · simulated').waitFor({ timeout: 10_000 });
		await operator.waitForTimeout(1_200);
		await card.getByRole('button', { name: 'Hang up' }).click();
		const ended = card.getByRole('link', { name: 'Completed' });
		await ended.waitFor({ timeout: 10_000 });
		await ended.click();

		// The call's page: its recording, and the wrap-up.
		await operator.getByRole('heading', { name: `→ Samia ${lastName}`, level: 1 }).waitFor();
		await operator.locator('audio').waitFor();
		await operator.getByLabel('Outcome').selectOption({ label: 'Callback requested' });
		await operator.getByLabel('Notes').fill('Call back after the delivery on Monday');
		await operator.getByRole('button', { name: 'Save the wrap-up' }).click();
		await operator.getByText('Call wrapped up.').waitFor();

		// A callback in two minutes (the browser's wall time): its owner is reminded before it is due.
		await operator.getByText('Schedule a callback').click();
		const wall = await operator.evaluate(() => {
			const d = new Date(Date.now() + 2 * 60_000);
			const pad = (n: number) => String(n).padStart(2, '0');
			return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
		});
		await operator.getByLabel('Call back on').fill(wall);
		await operator.getByLabel('What to call about').fill('The Monday delivery');
		await operator.getByRole('button', { name: 'Schedule', exact: true }).click();
		await operator.getByText('Callback scheduled; you will be reminded before it is due.').waitFor();

		// Escalated to level 2 with a reason: a supervisor is told.
		await operator.getByText('Escalate to level 2').click();
		await operator.getByLabel('Reason').fill('Wants a refund for a broken fountain');
		await operator.getByRole('button', { name: 'Escalate', exact: true }).click();
		await operator.getByText('Escalated: level 2 has been told.').waitFor();
		const supervisor = await signInHttp(supervisorEmail, PASSWORD);
		expect(await (await supervisor.fetch('/notifications')).text()).toContain('Wants a refund for a broken fountain');

		await operator.goto('/notifications');
		await operator.getByRole('link', { name: new RegExp(`Call back Samia ${lastName}`) }).first().waitFor({ timeout: 10_000 });

		// The call log: filtered to this customer, with duration and outcome.
		await operator.goto(`/calls?q=${encodeURIComponent(lastName)}`);
		const row = operator.getByRole('row', { name: new RegExp(lastName) });
		await row.waitFor();
		const text = (await row.textContent())!;
		expect(text).toContain('Outgoing');
		expect(text).toContain('Completed');
		expect(text).toContain('Callback requested');
		const duration = Number((await row.locator('td').nth(6).textContent())!.trim());
		expect(duration).toBeGreaterThanOrEqual(1);
		await operator.context().close();
	});

	it('pops an incoming caller’s card on an operator’s screen within a second, and the operator takes the call', async () => {
		const suffix = runSuffix();
		const [operatorEmail, supervisorEmail] = [await userOf('agent', `${suffix}B`), await userOf('supervisor', suffix)];
		const admin = await signIn(browser(), app().adminEmail, app().adminPassword);
		const phone = `+3362${String(Date.now() % 1e7).padStart(7, '0')}`;
		const lastName = `Entrant ${suffix}`;
		const contactId = await contactWithPhone(admin, lastName, phone);
		await admin.context().close();

		const operator = await signIn(browser(), operatorEmail, PASSWORD);
		await operator.goto('/organisations');
		// The page listens to the live events once it has loaded.
		await operator.waitForFunction(() => document.readyState === 'complete');
		await operator.waitForTimeout(500);
		const supervisor = await signInHttp(supervisorEmail, PASSWORD);
		const started = Date.now();
		const response = await supervisor.fetch('/api/calls/incoming', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number: phone }) });
		expect(response.status, await response.clone().text()).toBe(201);
		const pop = operator.getByRole('alertdialog', { name: `Samia ${lastName}` });
		await pop.waitFor({ timeout: 5_000 });
		const popped = Date.now() - started;
		expect(popped).toBeLessThan(1_000);
		await pop.getByText('Incoming call').waitFor();
		// The caller's card: its balance (nothing owed), before anyone answers.
		await pop.getByText(/Balance due: ?€0\.00/).waitFor();
		expect(await pop.getByRole('link', { name: 'Take an order' }).getAttribute('href')).toBe(`/orders/new?customer=${contactId}&call=${(await pop.getAttribute('data-call'))!}`);
		await pop.getByRole('button', { name: 'Take the call' }).click();
		await operator.waitForURL((url) => url.pathname === `/contacts/${contactId}`);

		// The dialer, for any number: typed on the keypad, called, hung up.
		await operator.goto('/calls/dial');
		await operator.getByText('Simulated mode: nobody is really called').waitFor();
		for (const key of ['0', '6', '1', '2', '3', '4', '5', '6', '7', '8']) await operator.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: key, exact: true }).click();
		await operator.getByRole('button', { name: /^Call / }).click();
		await operator.getByText(/ · simulated$/).waitFor();
		await operator.getByRole('button', { name: 'Hang up' }).click();
		await operator.getByRole('link', { name: /Completed|No answer/ }).waitFor({ timeout: 10_000 });
		await operator.context().close();
	});
});
