import { DomainError } from '$lib/domain/errors';
import { read, write } from '$lib/server/db/driver';
import { verifyPassword } from '$lib/server/auth/passwords';
import { setPassword } from '$lib/server/auth/users';

/** A user changes their own password; every other session of theirs ends. */
export async function changeOwnPassword(userId: string, sessionId: string, current: string, next: string): Promise<void> {
	const [row] = await read<{ passwordHash: string }>('users/password-hash', { id: userId });
	if (!row || !(await verifyPassword(row.passwordHash, current))) {
		throw new DomainError('WRONG_PASSWORD', 'error.password.wrong', 400, {}, { current: 'error.password.wrong' });
	}
	await setPassword(userId, next);
	await write('auth/delete-other-sessions', { userId, keepId: sessionId });
}
