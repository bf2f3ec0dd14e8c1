import { z } from 'zod';
import { read, write, type Tx } from '$lib/server/db/driver';

export const settingsInput = z.object({
	categories: z
		.array(z.string().trim().min(1).max(40))
		.min(1, { error: 'error.categories.empty' })
		.max(20, { error: 'error.categories.tooMany' }),
	defaultPhoneCountry: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error.country' }),
	// Sales: the currency of every amount, the tax rate of a product that names none, the payment
	// terms of a new invoice, and after how many days without an order a customer is dormant.
	currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { error: 'error.currency' }),
	defaultTaxRate: z.coerce.number({ error: 'error.percent' }).min(0, { error: 'error.percent' }).max(100, { error: 'error.percent' }),
	paymentTermsDays: z.coerce.number({ error: 'error.days' }).int({ error: 'error.days' }).min(0, { error: 'error.days' }).max(365, { error: 'error.days' }),
	dormantAfterDays: z.coerce.number({ error: 'error.days' }).int({ error: 'error.days' }).min(1, { error: 'error.days' }).max(3650, { error: 'error.days' })
});
export type Settings = z.output<typeof settingsInput>;

export const DEFAULT_CATEGORIES = ['gold', 'silver', 'bronze'];
export const SALES_DEFAULTS = { currency: 'EUR', defaultTaxRate: 20, paymentTermsDays: 30, dormantAfterDays: 90 };

/** Creates the settings node with the environment's defaults the first time; later starts keep edits. */
export async function ensureSettings(defaultPhoneCountry: string): Promise<void> {
	await write('settings/ensure', { categories: DEFAULT_CATEGORIES, defaultPhoneCountry, ...SALES_DEFAULTS });
}

/** The settings, read in `tx` when given (a write that needs them saves a round trip of its own). */
export async function getSettings(tx?: Tx): Promise<Settings> {
	const [row] = tx ? await tx.query<Settings>('settings/get') : await read<Settings>('settings/get');
	if (!row) throw new Error('Settings are missing: the start-up did not complete.');
	return row;
}

export async function updateSettings(settings: Settings): Promise<void> {
	await write('settings/update', settings);
}
