import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 → how people read it: national format at home, international abroad. */
export function formatPhone(e164: string, homeCountry?: string | null): string {
	const parsed = parsePhoneNumberFromString(e164);
	if (!parsed) return e164;
	return parsed.country && parsed.country === homeCountry ? parsed.formatNational() : parsed.formatInternational();
}
