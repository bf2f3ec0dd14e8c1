import { DomainError } from '$lib/domain/errors';
import { verifyDecoy, verifyPassword } from '$lib/server/auth/passwords';
import { attemptFailed, attemptSettled, clearAccountFailures, signInKeys, takeAttempt } from '$lib/server/auth/throttle';
import { findCredentials } from '$lib/server/auth/users';

const throttled = (minutes: number) => new DomainError('LOGIN_THROTTLED', 'error.login.throttled', 429, { minutes });

/**
 * Checks e-mail and password under the throttling rules; returns the user's id. A deactivated
 * account answers exactly as a wrong password does, so the answer never confirms a guessed password.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<string> {
	const keys = signInKeys(email, ip);
	const wait = await takeAttempt(keys);
	if (wait > 0) throw throttled(wait);
	let credentials: Awaited<ReturnType<typeof findCredentials>>;
	let valid: boolean;
	try {
		credentials = await findCredentials(email);
		valid = credentials ? await verifyPassword(credentials.passwordHash, password) : await verifyDecoy(password);
	} catch (e) {
		await attemptSettled(keys);
		throw e;
	}
	if (!credentials || !valid || !credentials.active) {
		const locked = await attemptFailed(keys);
		if (locked > 0) throw throttled(locked);
		throw new DomainError('INVALID_CREDENTIALS', 'error.login.invalid', 400);
	}
	await attemptSettled(keys);
	await clearAccountFailures(email);
	return credentials.id;
}
