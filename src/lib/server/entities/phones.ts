import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

/**
 * A number as typed ("06 12 34 56 78", "+33 6…", "0033…") → E.164, with the full metadata so that
 * a number of the right length but an unassigned range is refused too.
 */
export function normalisePhone(raw: string, defaultCountry: string): PhoneResult {
	const typed = raw.trim().replace(/^00/, '+');
	if (!/^[+\d(][\d\s().\-/]*$/.test(typed)) return { ok: false, message: 'error.phone.format' };
	const parsed = parsePhoneNumberFromString(typed, defaultCountry as CountryCode);
	if (!parsed || !parsed.isValid()) return { ok: false, message: 'error.phone.invalid' };
	return { ok: true, e164: parsed.number };
}

/** Normalises a list, skipping blanks; errors are keyed `phones.<index in the form>`. */
export function normalisePhones(
	raw: string[],
	defaultCountry: string
): { phones: string[]; errors: Record<string, string> } {
	const phones: string[] = [];
	const errors: Record<string, string> = {};
	raw.forEach((value, i) => {
		if (value.trim() === '') return;
		const result = normalisePhone(value, defaultCountry);
		if (result.ok) {
			if (!phones.includes(result.e164)) phones.push(result.e164);
		} else errors[`phones.${i}`] = result.message;
	});
	return { phones, errors };
}

/** Every digit string someone might type for this number: international, national, with trunk prefix. */
export function phoneSearchTokens(e164: string): string[] {
	const parsed = parsePhoneNumberFromString(e164);
	if (!parsed) return [e164.replace(/\D/g, '')];
	const national = parsed.formatNational().replace(/\D/g, '');
	return [...new Set([parsed.number.slice(1), national, String(parsed.nationalNumber)])];
}

/**
 * If the query looks like a phone number, the digit tokens to search for; otherwise null.
 * "06 12 34 56 78", "+33612345678" and "0033 6 12 34 56 78" all give the same tokens.
 */
export function phoneQueryTokens(query: string, defaultCountry: string): string[] | null {
	const digits = query.replace(/\D/g, '');
	if (digits.length < 4 || !/^[+\d\s().\-/]+$/.test(query.trim())) return null;
	const result = normalisePhone(query, defaultCountry);
	if (result.ok) return phoneSearchTokens(result.e164);
	// A partial number: match it as a prefix of any written form.
	return [digits];
}
