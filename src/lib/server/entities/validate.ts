import type { z } from 'zod';
import { DomainError } from '$lib/domain/errors';
import { parseWith, type FieldErrors } from '$lib/domain/forms';
import { getSettings, type Settings } from '$lib/server/app/settings';
import { normalisePhones } from '$lib/server/entities/phones';

/**
 * Runs the schema, then the checks that need the settings (phone country, categories).
 * Throws a 422 DomainError carrying every field error at once, so the form can show them all.
 */
export async function validateEntityInput<S extends z.ZodType<{ phones: string[] }>>(
	schema: S,
	raw: unknown,
	extra?: (data: z.output<S>, settings: Settings) => FieldErrors
): Promise<z.output<S>> {
	const parsed = parseWith(schema, raw);
	const settings = await getSettings();
	const rawPhones = Array.isArray((raw as { phones?: unknown })?.phones)
		? ((raw as { phones: unknown[] }).phones.filter((p) => typeof p === 'string') as string[])
		: [];
	const phones = normalisePhones(rawPhones, settings.defaultPhoneCountry);
	const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.fieldErrors), ...phones.errors };
	if (parsed.ok) Object.assign(errors, extra?.(parsed.data, settings) ?? {});
	if (!parsed.ok || Object.keys(errors).length > 0) {
		throw new DomainError('INVALID_INPUT', 'error.form', 422, {}, errors);
	}
	return { ...parsed.data, phones: phones.phones };
}
