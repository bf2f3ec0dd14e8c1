import { z } from 'zod';

export const ENTITY_TYPES = ['Organisation', 'Contact'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORG_KINDS = ['company', 'individual'] as const;
export const ORG_STATUSES = ['active', 'dormant', 'suspended', 'payment_overdue'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export type OrgStatus = (typeof ORG_STATUSES)[number];

export const MAX_PHONES = 3;
export const MAX_EMAILS = 2;

// A field missing from the submitted form counts as left empty.
const blankIfMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? '', schema);

const optionalText = (max: number) =>
	blankIfMissing(
		z
			.string()
			.trim()
			.max(max, { error: 'error.tooLong' })
			.transform((v) => (v === '' ? null : v))
	);

/** Raw phone strings as typed; the server normalises them to E.164 (it knows the default country). */
const phoneList = z
	.array(z.string().trim().max(40, { error: 'error.tooLong' }))
	.transform((list) => list.filter((p) => p !== ''))
	.refine((list) => list.length <= MAX_PHONES, { error: 'error.tooManyPhones' });

const emailFormat = z.email();
const emailList = z
	.array(
		z
			.string()
			.trim()
			.toLowerCase()
			.max(254, { error: 'error.tooLong' })
			.refine((v) => v === '' || emailFormat.safeParse(v).success, { error: 'error.email' })
	)
	.transform((list) => list.filter((e) => e !== ''))
	.refine((list) => list.length <= MAX_EMAILS, { error: 'error.tooManyEmails' });

const countryCode = blankIfMissing(
	z
		.string()
		.trim()
		.toUpperCase()
		.refine((v) => v === '' || /^[A-Z]{2}$/.test(v), { error: 'error.country' })
		.transform((v) => (v === '' ? null : v))
);

export const organisationInput = z.object({
	name: z.string().trim().min(1, { error: 'error.required' }).max(200, { error: 'error.tooLong' }),
	kind: z.enum(ORG_KINDS, { error: 'error.choose' }),
	category: optionalText(40),
	status: z.enum(ORG_STATUSES, { error: 'error.choose' }),
	phones: phoneList,
	emails: emailList,
	street: optionalText(300),
	postcode: optionalText(20),
	city: optionalText(120),
	country: countryCode,
	landmarks: optionalText(500),
	comments: optionalText(5000)
});
export type OrganisationInput = z.output<typeof organisationInput>;

export const contactInput = z.object({
	firstName: optionalText(100),
	lastName: z.string().trim().min(1, { error: 'error.required' }).max(100, { error: 'error.tooLong' }),
	position: optionalText(120),
	phones: phoneList,
	emails: emailList,
	comments: optionalText(5000)
});
export type ContactInput = z.output<typeof contactInput>;

interface EntityCommon {
	id: string;
	name: string;
	phones: string[];
	emails: string[];
	comments: string | null;
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
}

export interface Organisation extends EntityCommon {
	type: 'Organisation';
	kind: OrgKind;
	category: string | null;
	status: OrgStatus;
	street: string | null;
	postcode: string | null;
	city: string | null;
	country: string | null;
	landmarks: string | null;
	managed: boolean;
}

export interface Contact extends EntityCommon {
	type: 'Contact';
	firstName: string | null;
	lastName: string;
	position: string | null;
	userId: string | null;
}

export type Entity = Organisation | Contact;

/** One row of a list or search result. */
export interface EntitySummary {
	id: string;
	type: EntityType;
	name: string;
	subtitle: string | null;
	phones: string[];
	emails: string[];
	status: OrgStatus | null;
	category: string | null;
	managed: boolean;
	updatedAt: string;
	deletedAt: string | null;
}

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

export const listQuery = z.object({
	q: z.string().trim().transform((v) => v.slice(0, 200)).catch(''),
	sort: z.string().max(40).catch('name'),
	dir: z.enum(SORT_DIRECTIONS).catch('asc'),
	page: z.coerce.number().int().min(1).catch(1),
	size: z.coerce.number().int().min(5).max(100).catch(25)
});
export type ListQuery = z.output<typeof listQuery>;

export interface Page<T> {
	items: T[];
	total: number;
	page: number;
	size: number;
}

/** A page whose total may come later (null): a large filtered answer is counted separately. */
export interface OpenPage<T> extends Omit<Page<T>, 'total'> {
	total: number | null;
	hasMore: boolean;
}

export const ORGANISATION_SORTS = ['name', 'city', 'status', 'category', 'updatedAt'] as const;
export const CONTACT_SORTS = ['name', 'position', 'updatedAt'] as const;
