/**
 * Field kinds: what an entity kind's declaration is made of. Each field kind owns its input schema
 * (raw form strings or JSON → the stored value), whether it feeds the search text, sorts, filters
 * (and with which operators), how it is shown (widget, cell, badge), its RDF literal and its GraphQL
 * type. Shared by the server and the browser: nothing here touches the database.
 */
import { z } from 'zod';

/** A text in both languages, or the key of a message of the i18n dictionaries. */
export type Label = string | { en: string; fr: string };

export type FieldKindName = 'text' | 'longText' | 'choice' | 'phones' | 'emails' | 'money' | 'integer' | 'decimal' | 'date' | 'boolean' | 'country';

export type FilterOperator = 'eq' | 'contains' | 'lt' | 'gt';

export type RdfDatatype = 'string' | 'boolean' | 'integer' | 'decimal' | 'date';

export interface FieldSpec {
	kind: FieldKindName;
	label?: Label;
	/** For readers of the API (GraphQL descriptions), in English. */
	description?: string;
	hint?: Label;
	required: boolean;
	/** Raw input → stored value; blank is null (an empty list for multi-valued fields). */
	schema: z.ZodType;
	/** Stored as a list (one RDF triple per value). */
	multiple: boolean;
	/** Most characters (text) or values (lists). */
	max?: number;
	/** Its values are part of the full-text search text. */
	search: boolean;
	/** Lists can be sorted by it. */
	sort: boolean;
	/** Filter operators offered (none: not filterable). */
	filter: readonly FilterOperator[];
	/** A range index backs it, so a filter on it starts there. */
	indexed: boolean;
	/** Shown as a badge next to the name (a yes/no field: its `badgeLabel` when yes). */
	badge: boolean;
	badgeLabel?: Label;
	/** Fixed choices (`choice`), and the message-key prefix of their labels (`status.` → `status.active`). */
	options?: readonly string[];
	optionKey?: string;
	/** Choices kept in the settings (customer categories), checked on the server. */
	optionsFrom?: 'categories';
	/** Only administrators set it; from anyone else the stored value is kept. */
	adminOnly: boolean;
	/** Set by the product itself (a job, a workflow step), never by a form: the stored value is kept. */
	readOnly?: boolean;
	default?: unknown;
	rdf: RdfDatatype;
	graphql: 'String' | 'Int' | 'Float' | 'Boolean' | 'enum';
	autocomplete?: string;
	/** Rows of a text area. */
	rows?: number;
	/** An instant the product writes (ISO, UTC): shown as a date and time in the reader's zone. */
	moment?: boolean;
}

type Common = Partial<Pick<FieldSpec, 'label' | 'description' | 'hint' | 'required' | 'search' | 'sort' | 'indexed' | 'badge' | 'badgeLabel' | 'adminOnly' | 'readOnly' | 'autocomplete' | 'moment'>>;

// A field missing from a submitted form counts as left empty.
const blankIfMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => v ?? '', schema);

const textSchema = (max: number, required: boolean) => {
	const base = z.string().trim().max(max, { error: 'error.tooLong' });
	return required
		? blankIfMissing(z.string({ error: 'error.required' }).trim().min(1, { error: 'error.required' }).max(max, { error: 'error.tooLong' }))
		: blankIfMissing(base.transform((v) => (v === '' ? null : v)));
};

function spec(kind: FieldKindName, schema: z.ZodType, options: Common & Partial<FieldSpec>): FieldSpec {
	return {
		kind,
		schema,
		required: false,
		multiple: false,
		search: false,
		sort: false,
		filter: [],
		indexed: false,
		badge: false,
		adminOnly: false,
		rdf: 'string',
		graphql: 'String',
		...options
	};
}

/** One line of text. `filter: 'contains'` for names, 'eq' (case-insensitive) otherwise. */
export function text(options: Common & { max?: number; filter?: 'eq' | 'contains' } = {}): FieldSpec {
	const max = options.max ?? 200;
	const { filter, ...rest } = options;
	return spec('text', textSchema(max, options.required ?? false), { ...rest, max, filter: filter ? [filter] : [] });
}

export function longText(options: Common & { max?: number; rows?: number } = {}): FieldSpec {
	const max = options.max ?? 5000;
	return spec('longText', textSchema(max, options.required ?? false), { rows: 3, ...options, max });
}

/** One of fixed `options`, or (optionsFrom) one of the values an administrator keeps in the settings. */
export function choice(
	options: Common & ({ options: readonly [string, ...string[]]; optionKey?: string; default?: string } | { optionsFrom: 'categories' }) & { filter?: boolean }
): FieldSpec {
	const { filter = true, ...rest } = options;
	if ('optionsFrom' in options) {
		return spec('choice', textSchema(40, options.required ?? false), { ...rest, max: 40, filter: filter ? ['eq'] : [] });
	}
	const values = options.options;
	const schema = blankIfMissing(
		options.required
			? z.enum(values, { error: 'error.choose' })
			: z.union([z.literal('').transform(() => null), z.enum(values, { error: 'error.choose' })], { error: 'error.choose' })
	);
	return spec('choice', schema, { ...rest, filter: filter ? ['eq'] : [], graphql: 'enum' });
}

/** Up to `max` phone numbers as typed; the server stores them in E.164 (it knows the default country). */
export function phones(options: Common & { max?: number } = {}): FieldSpec {
	const max = options.max ?? 3;
	const schema = listInput(z
		.array(z.string().trim().max(40, { error: 'error.tooLong' }))
		.transform((list) => list.filter((p) => p !== ''))
		.refine((list) => list.length <= max, { error: 'error.tooManyPhones' }));
	return spec('phones', schema, { search: true, autocomplete: 'tel', description: 'Phone numbers in E.164 (+33142685300).', ...options, max, multiple: true });
}

const emailFormat = z.email();

/** A multi-valued field: absent is empty, one value (a form with one box) is a list of one. */
const listInput = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]), schema);

export function emails(options: Common & { max?: number } = {}): FieldSpec {
	const max = options.max ?? 2;
	const schema = listInput(z
		.array(
			z
				.string()
				.trim()
				.toLowerCase()
				.max(254, { error: 'error.tooLong' })
				.refine((v) => v === '' || emailFormat.safeParse(v).success, { error: 'error.email' })
		)
		.transform((list) => list.filter((e) => e !== ''))
		.refine((list) => list.length <= max, { error: 'error.tooManyEmails' }));
	return spec('emails', schema, { search: true, autocomplete: 'email', ...options, max, multiple: true });
}

/** A number typed in a form ("12,50" too) or sent as JSON; blank is null. */
function numberSchema(options: { integer: boolean; min?: number; required: boolean; decimals?: number }) {
	const error = options.integer ? 'error.integer' : 'error.number';
	return z.preprocess(
		(v) => {
			if (v === undefined || v === null) return null;
			if (typeof v === 'number') return v;
			const typed = String(v).trim().replace(/\s/g, '').replace(',', '.');
			return typed === '' ? null : /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : Number.NaN;
		},
		z
			.number({ error })
			.refine((n) => Number.isFinite(n), { error })
			.refine((n) => !options.integer || Number.isInteger(n), { error })
			.refine((n) => options.min === undefined || n >= options.min, { error: options.min === 0 ? 'error.notNegative' : error })
			.transform((n) => (options.decimals === undefined ? n : Math.round(n * 10 ** options.decimals) / 10 ** options.decimals))
			.nullable()
			.refine((n) => !options.required || n !== null, { error: 'error.required' })
	);
}

/** An amount in the installation's currency, two decimals, never negative. */
export function money(options: Common = {}): FieldSpec {
	return spec('money', numberSchema({ integer: false, min: 0, required: options.required ?? false, decimals: 2 }), {
		sort: true,
		...options,
		filter: ['eq', 'lt', 'gt'],
		rdf: 'decimal',
		graphql: 'Float'
	});
}

export function integer(options: Common & { min?: number } = {}): FieldSpec {
	const { min, ...rest } = options;
	return spec('integer', numberSchema({ integer: true, min, required: options.required ?? false }), {
		sort: true,
		...rest,
		filter: ['eq', 'lt', 'gt'],
		rdf: 'integer',
		graphql: 'Int'
	});
}

export function decimal(options: Common & { min?: number } = {}): FieldSpec {
	const { min, ...rest } = options;
	return spec('decimal', numberSchema({ integer: false, min, required: options.required ?? false }), {
		sort: true,
		...rest,
		filter: ['eq', 'lt', 'gt'],
		rdf: 'decimal',
		graphql: 'Float'
	});
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, stored as YYYY-MM-DD. */
export function date(options: Common = {}): FieldSpec {
	const schema = blankIfMissing(
		z
			.string()
			.trim()
			.refine((v) => v === '' || (isoDate.test(v) && !Number.isNaN(Date.parse(v))), { error: 'error.date' })
			.transform((v) => (v === '' ? null : v))
			.refine((v) => !options.required || v !== null, { error: 'error.required' })
	);
	return spec('date', schema, { sort: true, description: 'YYYY-MM-DD', ...options, filter: ['eq', 'lt', 'gt'], rdf: 'date', graphql: 'String' });
}

/** A checkbox: ticked ("on", true, "true") or not. */
export function boolean(options: Common & { default?: boolean } = {}): FieldSpec {
	const schema = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
	return spec('boolean', schema, { default: false, ...options, filter: ['eq'], rdf: 'boolean', graphql: 'Boolean' });
}

/** An ISO 3166 country code (FR, DZ…), chosen from a list shown in the reader's language. */
export function country(options: Common = {}): FieldSpec {
	const schema = blankIfMissing(
		z
			.string()
			.trim()
			.toUpperCase()
			.refine((v) => v === '' || /^[A-Z]{2}$/.test(v), { error: 'error.country' })
			.transform((v) => (v === '' ? null : v))
	);
	return spec('country', schema, { autocomplete: 'country', ...options, filter: ['eq'] });
}

/** Fields every entity has, whatever its kind: filterable for access scopes, never in forms. */
export const SYSTEM_FILTER_FIELDS = ['id', 'ownerId'] as const;
