/**
 * The small rules a French reader notices when a sentence is assembled from parts: "de" and "que"
 * elide before a vowel ("prospect d’Azur Fontaine", "en tant qu’Émile") and the high signs : ; ? ! »
 * and the opening « keep their space, unbreakable, so a line never starts with a colon.
 */

const VOWELS = 'aeiouàâäéèêëîïôöùûüæœ';
// "h" is left alone: whether it elides (l’hôtel, le héros) depends on the word.
const ELIDABLE = new RegExp(`(^|[\\s«(’'])(d|D|qu|Qu)e (?=[${VOWELS}${VOWELS.toUpperCase()}])`, 'gu');
const NBSP = '\u00a0';

export function frenchTypography(text: string): string {
	return text
		.replace(ELIDABLE, (_match, before: string, stem: string) => `${before}${stem}’`)
		.replace(/ ([:;?!»])/g, `${NBSP}$1`)
		.replace(/« /g, `«${NBSP}`);
}

/** Words joined into one phrase ("Zeta Eaux" + "est revendeur de" + "Azur"), by the language's rules. */
export function phrase(locale: string, ...words: string[]): string {
	const text = words.filter((w) => w !== '').join(' ');
	return locale.startsWith('fr') ? frenchTypography(text) : text;
}
