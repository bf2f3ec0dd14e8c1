/**
 * Every entity kind of the product, in menu order. Adding a kind is adding its declaration here.
 */
import { contact } from '$lib/modules/crm/contact';
import { organisation } from '$lib/modules/crm/organisation';
import { product } from '$lib/modules/catalogue/product';
import { coupon } from '$lib/modules/sales/coupon';
import { invoice } from '$lib/modules/sales/invoice';
import { order } from '$lib/modules/sales/order';
import { payment } from '$lib/modules/sales/payment';
import { call } from '$lib/modules/calls/call';
import { callback } from '$lib/modules/calls/callback';
import type { EntityKind } from '$lib/kinds/define';
import type { FieldSpec } from '$lib/kinds/fields';

export const KINDS = [organisation, contact, product, order, invoice, payment, coupon, call, callback] as const;

export type EntityType = (typeof KINDS)[number]['type'];
/** A registered kind: its `type` is one of the registry's. */
export type Kind = EntityKind<EntityType>;
export const ENTITY_TYPES = KINDS.map((k) => k.type) as [EntityType, ...EntityType[]];

const byType = new Map<string, Kind>(KINDS.map((k) => [k.type, k]));
const bySlug = new Map<string, Kind>(KINDS.map((k) => [k.slug, k]));

export const isEntityType = (value: unknown): value is EntityType => typeof value === 'string' && byType.has(value);

/** The declaration of an entity type (throws on an unknown one: types come from the registry or validated input). */
export function kindOf(type: string): Kind {
	const kind = byType.get(type);
	if (!kind) throw new Error(`Unknown entity type ${type}`);
	return kind;
}

export const kindBySlug = (slug: string): Kind | undefined => bySlug.get(slug);

export const listUrl = (type: string) => `/${kindOf(type).slug}`;
export const entityUrl = (type: string, id: string) => `/${kindOf(type).slug}/${id}`;

/** A field of a kind, or undefined. */
export const fieldOf = (type: string, name: string): FieldSpec | undefined => byType.get(type)?.fields[name];

/** Field names of `type` that can be sorted on, `name` first. */
export function sortableFields(type: string): string[] {
	const kind = kindOf(type);
	return ['name', ...kind.fieldNames.filter((f) => f !== 'name' && kind.fields[f]!.sort), 'updatedAt'];
}
