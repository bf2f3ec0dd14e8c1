import { randomUUID } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { API_TOKEN_PREFIX, MAX_API_TOKENS, apiTokenInput, type ApiTokenSummary } from '$lib/domain/api-tokens';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { read, write } from '$lib/server/db/driver';
import { principalOf, sessionIdOf, type SessionUser, type UserRow } from '$lib/server/auth/sessions';

// Personal API tokens for integrators: `crm_` + 32 random bytes in base32. Like sessions, the
// database keeps only the SHA-256, so a copy of the database gives no usable token. Every request
// looks the hash up (no cache), so a revoked token or a deactivated account stops working at once.
// No in-process cache on purpose: deactivation and role changes (auth/users.ts) and revocations made
// by another app instance behind the load balancer could not invalidate it, so a cached token would
// keep the old rights for its lifetime. The lookup is kept cheap instead: read() is one auto-committed
// statement, a single round trip.

/** lastUsedAt is written at most this often per token, so a busy integration does not write on every call. */
const TOUCH_AFTER_SECONDS = 60;

/** What the database keeps of a token: its SHA-256 in hex, computed like a session's id. */
const hashApiToken = sessionIdOf;

function generateApiToken(): string {
	return API_TOKEN_PREFIX + encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(32)));
}

/** Creates a named token; returns it in clear, to be shown once. */
export async function createApiToken(userId: string, raw: unknown): Promise<{ id: string; token: string; name: string }> {
	const { name } = parseOrThrow(apiTokenInput, raw);
	const token = generateApiToken();
	const id = randomUUID();
	const [row] = await write<{ created: boolean }>('api-tokens/create', {
		id,
		name,
		hash: hashApiToken(token),
		userId,
		max: MAX_API_TOKENS
	});
	if (!row) throw new DomainError('USER_NOT_FOUND', 'error.user.notFound', 404);
	if (!row.created) throw new DomainError('TOO_MANY_TOKENS', 'apiTokens.tooMany', 409, { max: MAX_API_TOKENS });
	return { id, token, name };
}

export function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
	return read<ApiTokenSummary>('api-tokens/list', { userId });
}

/** Revokes one of the user's own tokens; 404 for anyone else's. */
export async function revokeApiToken(userId: string, id: string): Promise<void> {
	const [row] = await write('api-tokens/revoke', { userId, id });
	if (!row) throw new DomainError('TOKEN_NOT_FOUND', 'apiTokens.notFound', 404);
}

/** The user a token belongs to, or null for an unknown, revoked or malformed token or an inactive account. */
async function validateApiToken(token: string): Promise<SessionUser | null> {
	if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 128) return null;
	const [row] = await read<UserRow & { tokenId: string; stale: boolean }>('api-tokens/find', {
		hash: hashApiToken(token),
		touchAfterSeconds: TOUCH_AFTER_SECONDS
	});
	if (!row) return null;
	if (row.stale) await write('api-tokens/touch', { id: row.tokenId });
	return principalOf(row);
}

/**
 * Reads `Authorization: Bearer <token>`. Undefined when the request carries no bearer token (other
 * ways of signing in then apply), null when it carries one that is not valid.
 */
export async function userForBearer(authorization: string | null): Promise<SessionUser | null | undefined> {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	if (!match) return authorization?.trim().toLowerCase().startsWith('bearer') ? null : undefined;
	return validateApiToken(match[1]!);
}
