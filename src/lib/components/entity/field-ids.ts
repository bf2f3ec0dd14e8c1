import type { EntityKind } from '$lib/kinds/define';

/** "phones" → "phone": the name of one value of a multi-valued field. */
export const singular = (name: string) => name.replace(/s$/, '');

/** The id of the n-th box of a multi-valued field (org-phone-0), or of a field's only box (org-name). */
export const itemId = (kind: EntityKind, name: string, index?: number) =>
	index === undefined ? `${kind.formId}-${name}` : `${kind.formId}-${singular(name)}-${index}`;

/** The label of one box of a multi-valued field: field.phone "Phone {n}". */
export const itemLabelKey = (name: string) => `field.${singular(name)}`;
