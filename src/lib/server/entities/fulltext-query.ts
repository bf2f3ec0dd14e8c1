import { phoneQueryTokens } from '$lib/server/entities/phones';
import { sortKey } from '$lib/server/entities/search-text';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query for the `entity_search` index: every word must
 * match the start of some indexed word; a phone number in any format matches its stored forms.
 * Returns null when nothing searchable was typed.
 */
export function fulltextQuery(typed: string, defaultCountry: string): string | null {
	const phone = phoneQueryTokens(typed, defaultCountry);
	if (phone) return phone.map((t) => `searchText:${t}*`).join(' OR ');
	// Split like the indexed e-mails are (at @ and dots), so a part of an address finds it: "achats@boreal".
	const words = sortKey(typed)
		.replace(LUCENE_SPECIAL, ' ')
		.replace(/[@.]/g, ' ')
		.split(/\s+/)
		.filter((w) => w.length > 0 && !['and', 'or', 'not'].includes(w));
	if (words.length === 0) return null;
	return words.map((w) => `${w}*`).join(' AND ');
}
