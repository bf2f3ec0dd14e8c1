import { DomainError } from '$lib/domain/errors';
import { verifyDecoy, verifyPassword } from '$lib/server/auth/passwords';
import { clearAccountFailures, lockedForMinutes, recordFailure } from '$lib/server/auth/throttle';
import { findCredentials } from '$lib/server/auth/users';

/** Checks e-mail and password under the throttling rules; returns the user's id. */
export async function authenticate(email: string, password: string, ip: string): Promise<string> {
	const locked = await lockedForMinutes(email, ip);
	if (locked > 0) throw new DomainError('LOGIN_THROTTLED', 'error.login.throttled', 429, { minutes: locked });

	const credentials = await findCredentials(email);
	const valid = credentials
		? await verifyPassword(credentials.passwordHash, password)
		: await verifyDecoy(password);
	if (!credentials || !valid) {
		await recordFailure(email, ip);
		const nowLocked = await lockedForMinutes(email, ip);
		if (nowLocked > 0) throw new DomainError('LOGIN_THROTTLED', 'error.login.throttled', 429, { minutes: nowLocked });
		throw new DomainError('INVALID_CREDENTIALS', 'error.login.invalid', 400);
	}
	if (!credentials.active) throw new DomainError('ACCOUNT_INACTIVE', 'error.login.inactive', 403);
	await clearAccountFailures(email);
	return credentials.id;
}
