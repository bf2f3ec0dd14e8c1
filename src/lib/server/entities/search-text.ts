import type { EntityKind } from '$lib/kinds/define';
import { phoneSearchTokens } from './phones';

/** Lower-case, accent-free form used for sorting names the way people expect ("Éric" next to "eric"). */
export function sortKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.trim();
}

/**
 * The text the full-text index reads besides the name, from the kind's searchable fields: e-mails
 * (whole, and split at `@` and dots so that "achats@boreal" finds them), each phone in every written
 * form, and the other searchable values (city, postcode, position, SKU…).
 */
export function searchText(kind: EntityKind, props: Record<string, unknown>): string {
	const parts: string[] = [];
	for (const name of kind.fieldNames) {
		const spec = kind.fields[name]!;
		const value = props[name];
		if (!spec.search || value === null || value === undefined) continue;
		if (spec.kind === 'emails') for (const email of value as string[]) parts.push(email, email.replace(/[@.]/g, ' '));
		else if (spec.kind === 'phones') for (const phone of value as string[]) parts.push(...phoneSearchTokens(phone));
		else if (Array.isArray(value)) parts.push(...value.map(String));
		else parts.push(String(value));
	}
	return parts.join(' ');
}
