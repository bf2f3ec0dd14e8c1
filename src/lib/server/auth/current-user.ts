import { userForBearer } from './api-tokens';
import { validateSessionToken, type SessionUser } from './sessions';

/**
 * The principal a request's credentials name now (its Bearer token, else its session), or null once
 * they are revoked, expired or the account deactivated: a long-lived stream asks again from time to
 * time, so that a sign-out, a new role or new access rules reach it.
 */
export async function currentUser(authorization: string | null, sessionToken: string | null): Promise<SessionUser | null> {
	const byToken = await userForBearer(authorization);
	if (byToken !== undefined) return byToken;
	return sessionToken ? (await validateSessionToken(sessionToken)).user : null;
}
