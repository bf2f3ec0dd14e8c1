import { phoneSearchTokens } from '$lib/server/entities/phones';

/** Lower-case, accent-free form used for sorting names the way people expect ("Éric" next to "eric"). */
export function sortKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.trim();
}

interface Searchable {
	phones?: string[] | null;
	emails?: string[] | null;
	city?: string | null;
	postcode?: string | null;
	position?: string | null;
}

/**
 * The text the full-text index reads besides the name: e-mails (whole and split at `@`),
 * each phone in every written form, and where the entity is.
 */
export function searchText(entity: Searchable): string {
	const parts: string[] = [];
	for (const email of entity.emails ?? []) parts.push(email, email.replace(/[@.]/g, ' '));
	for (const phone of entity.phones ?? []) parts.push(...phoneSearchTokens(phone));
	for (const extra of [entity.city, entity.postcode, entity.position]) if (extra) parts.push(extra);
	return parts.join(' ');
}
