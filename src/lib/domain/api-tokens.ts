import { z } from 'zod';

/** Every personal API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = 'crm_';
/** Live tokens per user. */
export const MAX_API_TOKENS = 20;

/** A token as listed on the settings page: never the token itself, which is shown once at creation. */
export interface ApiTokenSummary {
	id: string;
	name: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export const apiTokenInput = z.object({
	name: z.preprocess(
		(v) => v ?? '',
		z.string().trim().min(1, { error: 'error.required' }).max(60, { error: 'error.tooLong' })
	)
});
