import { z } from 'zod';
import { read, write } from '$lib/server/db/driver';

export const settingsInput = z.object({
	categories: z
		.array(z.string().trim().min(1).max(40))
		.min(1, { error: 'error.categories.empty' })
		.max(20, { error: 'error.categories.tooMany' }),
	defaultPhoneCountry: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error.country' })
});
export type Settings = z.output<typeof settingsInput>;

export const DEFAULT_CATEGORIES = ['gold', 'silver', 'bronze'];

/** Creates the settings node with the environment's defaults the first time; later starts keep edits. */
export async function ensureSettings(defaultPhoneCountry: string): Promise<void> {
	await write('settings/ensure', { categories: DEFAULT_CATEGORIES, defaultPhoneCountry });
}

export async function getSettings(): Promise<Settings> {
	const [row] = await read<Settings>('settings/get');
	if (!row) throw new Error('Settings are missing: the start-up did not complete.');
	return row;
}

export async function updateSettings(settings: Settings): Promise<void> {
	await write('settings/update', settings);
}
