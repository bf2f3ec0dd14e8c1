import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { DomainError, isDomainError } from '$lib/domain/errors';
import { parseWith } from '$lib/domain/forms';
import { localiseParams, translate, type Locale } from '$lib/i18n';

/**
 * Runs a JSON endpoint's work: a DomainError becomes its status with `{ error: code, message,
 * fieldErrors }` in the caller's language, so API clients and the browser read the same sentence.
 * Work that chooses its own status answers with a Response.
 */
export async function jsonOr<T>(locale: Locale, work: () => Promise<T> | T, status = 200): Promise<Response> {
	try {
		const result = await work();
		return result instanceof Response ? result : json(result, { status });
	} catch (e) {
		if (!isDomainError(e)) throw e;
		const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, translate(locale, v)]));
		return json(
			{ error: e.code, message: translate(locale, e.message, localiseParams(locale, e.params)), fieldErrors },
			{ status: e.status }
		);
	}
}

/**
 * The request's JSON body validated by `schema`, read inside `jsonOr` so that refusals have its shape:
 * not JSON is a 400 INVALID_JSON, invalid input a 422 INVALID_INPUT whose sentence is the first problem
 * and whose fieldErrors name them all.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw new DomainError('INVALID_JSON', 'error.json', 400);
	}
	const parsed = parseWith(schema, body);
	if (!parsed.ok) throw new DomainError('INVALID_INPUT', Object.values(parsed.fieldErrors)[0]!, 422, {}, parsed.fieldErrors);
	return parsed.data;
}
