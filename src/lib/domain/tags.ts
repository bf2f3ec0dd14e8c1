import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '$lib/domain/entities';

/** A "property" in Creme's words: "is a VIP", "key account". */
export interface TagType {
	id: string;
	name: string;
	nameFr: string | null;
	/** Entity types it applies to; empty means any. */
	entityTypes: EntityType[];
	color: string;
	builtin: boolean;
	/** Given by the product only (the staff tag), never by hand. */
	internal: boolean;
	count?: number;
}

export const tagNameOf = (tag: { name: string; nameFr: string | null }, locale: string) =>
	locale === 'fr' && tag.nameFr ? tag.nameFr : tag.name;

export const tagTypeInput = z.object({
	name: z.string().trim().min(1, { error: 'error.required' }).max(60, { error: 'error.tooLong' }),
	nameFr: z.preprocess((v) => v ?? '', z.string().trim().max(60, { error: 'error.tooLong' })).transform((v) => v || null),
	entityTypes: z.array(z.enum(ENTITY_TYPES)),
	color: z.preprocess(
		(v) => v || '#475467',
		z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'error.color' })
	)
});
export type TagTypeInput = z.output<typeof tagTypeInput>;
