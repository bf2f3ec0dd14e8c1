/**
 * A refusal the user can act on. `code` is stable for API clients; `message` is an i18n key
 * (or a plain sentence) and `params` fill it in. `status` is the HTTP status to answer with.
 */
export class DomainError extends Error {
	constructor(
		readonly code: string,
		message: string,
		readonly status: 400 | 401 | 403 | 404 | 409 | 415 | 422 | 429 = 422,
		readonly params: Record<string, string | number> = {},
		readonly fieldErrors: Record<string, string> = {}
	) {
		super(message);
		this.name = 'DomainError';
	}
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
