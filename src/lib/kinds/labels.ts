/**
 * The texts an entity kind's declaration brings to the i18n dictionaries: its names (`type.<Type>`,
 * `kind.<Type>.*`) and the labels of its fields given inline (`field.<Type>.<field>`).
 */
import type { EntityKind, KindLabels } from '$lib/kinds/define';
import type { Label } from '$lib/kinds/fields';
import { KINDS } from '$lib/kinds/registry';

type Locale = 'en' | 'fr';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function defaults(labels: KindLabels, locale: Locale): Required<KindLabels> {
	if (locale === 'fr') {
		return {
			new: `Nouvelle fiche : ${labels.one}`,
			created: 'Fiche créée.',
			empty: 'Aucune fiche pour l’instant. Créez la première.',
			noMatch: 'Aucune fiche ne correspond à « {q} ».',
			...labels
		};
	}
	return {
		new: `New ${lower(labels.one)}`,
		created: `${labels.one} created.`,
		empty: `No ${lower(labels.other)} yet. Create the first one.`,
		noMatch: `No ${lower(labels.one)} matches “{q}”.`,
		...labels
	};
}

/** The key under which an inline label is registered; a string label already is a key. */
export function labelKey(label: Label | undefined, inlineKey: string, fallback: string): string {
	if (label === undefined) return fallback;
	return typeof label === 'string' ? label : inlineKey;
}

/** The message key of a field's label. */
export const fieldLabelKey = (kind: EntityKind, field: string) => labelKey(kind.fields[field]?.label, `field.${kind.type}.${field}`, `field.${field}`);

export const fieldHintKey = (kind: EntityKind, field: string) => {
	const hint = kind.fields[field]?.hint;
	return hint === undefined ? null : labelKey(hint, `hint.${kind.type}.${field}`, '');
};

/** The message key of a yes/no badge ("Our company"), or the field's label. */
export const badgeLabelKey = (kind: EntityKind, field: string) => labelKey(kind.fields[field]?.badgeLabel, `badge.${kind.type}.${field}`, fieldLabelKey(kind, field));

/** The message key of a form section's legend or hint (inline texts are registered under section.<Type>.<index>.*). */
export function sectionLabelKey(kind: EntityKind, index: number, which: 'legend' | 'hint'): string | null {
	const label = kind.form[index]?.[which];
	return label === undefined ? null : labelKey(label, `section.${kind.type}.${index}.${which}`, '');
}

export function kindMessages(locale: Locale): Record<string, string> {
	const out: Record<string, string> = {};
	for (const kind of KINDS as readonly EntityKind[]) {
		const labels = defaults(kind.labels[locale], locale);
		out[`type.${kind.type}`] = labels.one;
		for (const [key, value] of Object.entries(labels)) out[`kind.${kind.type}.${key}`] = value;
		for (const [name, spec] of Object.entries(kind.fields)) {
			if (spec.label && typeof spec.label !== 'string') out[`field.${kind.type}.${name}`] = spec.label[locale];
			if (spec.hint && typeof spec.hint !== 'string') out[`hint.${kind.type}.${name}`] = spec.hint[locale];
			if (spec.badgeLabel && typeof spec.badgeLabel !== 'string') out[`badge.${kind.type}.${name}`] = spec.badgeLabel[locale];
		}
		kind.form.forEach((section, i) => {
			for (const which of ['legend', 'hint'] as const) {
				const label = section[which];
				if (label && typeof label !== 'string') out[`section.${kind.type}.${i}.${which}`] = label[locale];
			}
		});
	}
	return out;
}
