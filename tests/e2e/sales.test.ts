/**
 * Sales through the built server, in Chromium, with the roles of the call-centre documents: an
 * operator takes an order from a customer's page, a supervisor confirms it at the plant and invoices
 * it (the PDF downloaded and read back), a manager's coupon is applied, the payment is recorded, and
 * the customer's balance and standing follow.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-text';
import { app, createOrganisations, runSuffix, signIn, useBrowser } from './browser';
import { staffAccount } from './http';

const { browser } = useBrowser();
const PASSWORD = 'sales e2e password';

const userOf = (role: string, suffix: string) => staffAccount(role, suffix, PASSWORD, 'Sales');

async function download(page: Page, link: string): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
	return readFile((await file.path())!);
}

const balance = async (page: Page) => (await page.getByTestId('balance').textContent())!.trim();

describe('sales, from the order to its payment', () => {
	it('an operator orders, a supervisor confirms and invoices, a manager’s coupon is applied, the payment recorded', async () => {
		const suffix = runSuffix();
		const customerName = `Fontaines ${suffix}`;
		const [operatorEmail, supervisorEmail, managerEmail] = [await userOf('agent', suffix), await userOf('supervisor', suffix), await userOf('manager', suffix)];
		const adminPage = await signIn(browser() as Browser, app().adminEmail, app().adminPassword);
		const [customerId] = await createOrganisations(adminPage, [{ name: customerName }]);

		// The operator, on the customer's page: nothing owed yet; a new order from there.
		const operator = await signIn(browser(), operatorEmail, PASSWORD);
		await operator.goto(`/organisations/${customerId}`);
		await operator.getByRole('heading', { name: 'Customer account' }).waitFor();
		await operator.getByText('No orders yet.').waitFor();
		expect(await balance(operator)).toBe('€0.00');
		await operator.getByRole('link', { name: 'New order' }).click();
		await operator.getByRole('heading', { name: 'New order', level: 1 }).waitFor();
		await operator.getByText(customerName).waitFor();
		// Saved without a product: refused with a sentence, nothing made.
		await operator.getByRole('button', { name: 'Save the draft' }).click();
		await operator.getByText('Choose a product.').first().waitFor();
		const line = operator.getByRole('group', { name: 'Line 1' });
		await line.getByLabel('Product').fill('Bonbonne d');
		await line.getByRole('button', { name: /Bonbonne d'eau de source 19 L/ }).click();
		await line.getByLabel('Quantity').fill('4');
		await operator.getByRole('button', { name: 'Save the draft' }).click();
		await operator.getByText(/Order SO-\d{4}-\d{5} saved as a draft\./).waitFor();
		const orderUrl = new URL(operator.url()).pathname;
		const number = (await operator.getByRole('heading', { level: 1 }).textContent())!.trim();
		// An operator cannot confirm: the button is not offered.
		expect(await operator.getByRole('button', { name: 'Confirm at the plant' }).count()).toBe(0);

		// The supervisor confirms at the plant, then invoices; the invoice PDF says what it should.
		const supervisor = await signIn(browser(), supervisorEmail, PASSWORD);
		await supervisor.goto(orderUrl);
		await supervisor.getByRole('button', { name: 'Confirm at the plant' }).click();
		await supervisor.getByText('Order confirmed: its stock is reserved.').waitFor();
		await supervisor.getByRole('button', { name: 'Invoice', exact: true }).click();
		await supervisor.getByText('Order invoiced.').waitFor();
		const invoiceTitle = (await supervisor.getByRole('heading', { name: /^Invoice INV-/ }).textContent())!;
		const invoiceNumber = /INV-\d{4}-\d{5}/.exec(invoiceTitle)![0];
		const pdf = await readPdf(await download(supervisor, 'Download the invoice (PDF)'));
		expect(pdf.text).toContain(invoiceNumber);
		expect(pdf.text).toContain(number);
		expect(pdf.text).toContain(customerName);
		expect(pdf.text).toContain("Bonbonne d'eau de source 19 L");
		const due = (await supervisor.getByTestId('invoice-due').textContent())!.trim();
		expect(pdf.text).toContain(due);

		// The customer now owes the invoice.
		await operator.goto(`/organisations/${customerId}`);
		expect(await balance(operator)).toBe(due);

		// The manager generates a coupon for the customer and prints its sheet.
		const manager = await signIn(browser(), managerEmail, PASSWORD);
		await manager.goto('/coupons/new');
		await manager.getByLabel('Customer').fill(customerName);
		await manager.getByRole('button', { name: new RegExp(customerName) }).click();
		await manager.getByLabel('Number of coupons').fill('1');
		await manager.getByLabel('Amount of each coupon').fill('5');
		await manager.getByLabel('PIN for the whole batch').fill('2468');
		await manager.getByRole('button', { name: 'Generate' }).click();
		await manager.getByText('1 coupon generated.').waitFor();
		const sheet = await readPdf(await download(manager, 'Print the sheet (PDF)'));
		expect(sheet.text).toContain(customerName);
		const code = /\b(\d{4} \d{4} \d{4} \d{2})\b/.exec(sheet.text)![1]!;

		// On the order: a wrong PIN is refused; the right one deducts 5.00; the rest is paid.
		await operator.goto(orderUrl);
		await operator.getByLabel('Coupon ID (14 digits)').fill(code);
		await operator.getByLabel('PIN').fill('1357');
		await operator.getByRole('button', { name: 'Apply the coupon' }).click();
		await operator.getByText('No coupon matches this ID and PIN. Check both and try again.').first().waitFor();
		await operator.getByLabel('Coupon ID (14 digits)').fill(code);
		await operator.getByLabel('PIN').fill('2468');
		await operator.getByRole('button', { name: 'Apply the coupon' }).click();
		await operator.getByText('Coupon applied.').waitFor();
		await operator.getByText(/€5\.00 deducted with coupon/).waitFor();
		await operator.getByLabel('Method').selectOption({ label: 'Cash' });
		await operator.getByRole('button', { name: 'Record the payment' }).click();
		await operator.getByText('Payment recorded.').waitFor();
		await operator.getByTestId('invoice-due').getByText('€0.00').waitFor();
		await operator.getByText('Paid', { exact: true }).first().waitFor();

		// The customer's account: nothing owed, what it bought is its lifetime value; suspended and back by the supervisor.
		await operator.goto(`/organisations/${customerId}`);
		expect(await balance(operator)).toBe('€0.00');
		await operator.locator('.customer-card').getByRole('link', { name: number }).waitFor();
		await supervisor.goto(`/organisations/${customerId}`);
		await supervisor.getByRole('button', { name: 'Suspend' }).click();
		await supervisor.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
		await supervisor.getByText('Customer suspended.').waitFor();
		await supervisor.locator('.page-head').getByText('Suspended').waitFor();
		expect(await supervisor.getByRole('link', { name: 'New order' }).count()).toBe(0);
		await supervisor.getByRole('button', { name: 'Lift the suspension' }).click();
		await supervisor.getByRole('dialog').getByRole('button', { name: 'Lift the suspension' }).click();
		await supervisor.getByText('Suspension lifted.').waitFor();
		await supervisor.locator('.page-head').getByText('Active').waitFor();
	});
});
