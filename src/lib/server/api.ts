import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import { isDomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { localiseParams, translate, type Locale } from '$lib/i18n';

/**
 * Runs a JSON endpoint's work: a DomainError becomes its status with `{ error: code, message,
 * fieldErrors }` in the caller's language, so API clients and the browser read the same sentence.
 */
export async function jsonOr<T>(locale: Locale, work: () => Promise<T>, status = 200): Promise<Response> {
	try {
		return json(await work(), { status });
	} catch (e) {
		if (!isDomainError(e)) throw e;
		const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, translate(locale, v)]));
		return json(
			{ error: e.code, message: translate(locale, e.message, localiseParams(locale, e.params)), fieldErrors },
			{ status: e.status }
		);
	}
}

/** The request's JSON body validated by `schema`; a 400 with the first problem otherwise. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, locale: Locale): Promise<z.output<S>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		error(400, { message: translate(locale, 'error.json'), code: 'INVALID_JSON' });
	}
	const parsed = parseWith(schema, body);
	if (!parsed.ok) {
		const [field, key] = Object.entries(parsed.fieldErrors)[0]!;
		error(422, { message: `${field}: ${translate(locale, key)}`, code: 'INVALID_INPUT' });
	}
	return parsed.data;
}
