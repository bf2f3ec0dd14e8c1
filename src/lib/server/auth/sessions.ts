import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { read, write } from '$lib/server/db/driver';
import { parseOverrides, roleAccess, type RoleAccess } from '$lib/domain/access';
import type { Role } from '$lib/domain/roles';

// The Lucia session recipe: the browser holds a random token; the database holds only its SHA-256.
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;
export const SESSION_COOKIE = 'crm_session';

/**
 * The principal of a request: a staff user, a portal client (a user of a client organisation), or
 * an API token acting with its owner's rights. `access` is their role's row of the access matrix.
 */
export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: Role;
	contactId: string | null;
	/** The client organisation of a portal client. */
	organisationId: string | null;
	access: RoleAccess;
}

/** What the session and token lookups return of a user. */
export interface UserRow {
	user: Omit<SessionUser, 'access'>;
	access: string | null;
}

// Every request reads the matrix's rules with its session: the same text gives the same access.
const accessByRules = new Map<string, RoleAccess>();

/** The principal from a lookup's row: its role's access, with the administrators' changes. */
export function principalOf(row: UserRow): SessionUser {
	const { user } = row;
	const key = `${user.role}\u0000${row.access ?? ''}`;
	let access = accessByRules.get(key);
	if (!access) {
		if (accessByRules.size > 100) accessByRules.clear();
		accessByRules.set(key, (access = roleAccess(user.role, parseOverrides(row.access))));
	}
	return { ...user, organisationId: user.organisationId ?? null, access };
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

export type SessionValidation = { session: Session; user: SessionUser } | { session: null; user: null };

export function generateSessionToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

export function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	token: string,
	userId: string,
	meta: { ip: string; userAgent: string }
): Promise<Session> {
	const session = { id: sessionIdOf(token), userId, expiresAt: new Date(Date.now() + SESSION_LIFETIME) };
	await write('auth/create-session', { ...session, expiresAt: session.expiresAt.toISOString(), ...meta });
	return session;
}

/** The session and its user, or nulls; slides the expiry forward once half the lifetime is used. */
export async function validateSessionToken(token: string): Promise<SessionValidation> {
	const id = sessionIdOf(token);
	const [row] = await read<UserRow & { expiresAt: string; active: boolean }>('auth/find-session', {
		id
	});
	if (!row) return { session: null, user: null };
	const expiresAt = new Date(row.expiresAt);
	if (Date.now() >= expiresAt.getTime() || !row.active) {
		await invalidateSession(id);
		return { session: null, user: null };
	}
	const session: Session = { id, userId: row.user.id, expiresAt };
	if (expiresAt.getTime() - Date.now() < RENEW_WHEN_LEFT) {
		session.expiresAt = new Date(Date.now() + SESSION_LIFETIME);
		await write('auth/extend-session', { id, expiresAt: session.expiresAt.toISOString() });
	}
	return { session, user: principalOf(row) };
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await write('auth/delete-session', { id: sessionId });
}

export async function invalidateUserSessions(userId: string): Promise<void> {
	await write('auth/delete-user-sessions', { userId });
}
