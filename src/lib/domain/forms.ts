import type { z } from 'zod';
import { DomainError } from '$lib/domain/errors';

export type FieldErrors = Record<string, string>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Validates with a zod schema and flattens the issues to `path → message key`, first issue per field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const fieldErrors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = issue.path.map(String).join('.') || 'form';
		fieldErrors[key] ??= issue.message;
	}
	return { ok: false, fieldErrors };
}

/** FormData → plain object; names listed in `lists` keep every value as an array. */
export function formToObject(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = lists.includes(key) ? values : (values[0] ?? '');
	}
	for (const key of lists) out[key] ??= [];
	return out;
}

/** Like parseWith, but an invalid input throws a 422 DomainError carrying the field errors. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = parseWith(schema, input);
	if (!result.ok) throw new DomainError('INVALID_INPUT', 'error.form', 422, {}, result.fieldErrors);
	return result.data;
}

/** What a form action returns when it refuses the input. */
export interface FormFailure {
	message: string;
	code: string;
	fieldErrors: FieldErrors;
	values?: Record<string, unknown>;
}

/** What a form action returns when it worked and has something to say. */
export interface FormSuccess {
	ok: true;
	message: string;
	/** The message holds a secret shown once (a generated password). */
	secret?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The page's `form` prop read as a failure, if it is one. */
export function asFailure(form: unknown): FormFailure | null {
	return isObject(form) && isObject(form.fieldErrors) && typeof form.message === 'string'
		? (form as unknown as FormFailure)
		: null;
}

export function asSuccess(form: unknown): FormSuccess | null {
	return isObject(form) && form.ok === true && typeof form.message === 'string' ? (form as unknown as FormSuccess) : null;
}

/** The values a failed form sent, to put back in its fields. */
export function sentValues(form: unknown): Record<string, string | string[] | undefined> {
	const values = asFailure(form)?.values;
	return (values ?? {}) as Record<string, string | string[] | undefined>;
}

/** Reads a form value that may come from a record (string, null) or a failed submission. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const listOf = (v: unknown): string[] =>
	Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];
