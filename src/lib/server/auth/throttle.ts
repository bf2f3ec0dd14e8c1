import { read, write } from '$lib/server/db/driver';

/**
 * Failed sign-ins are counted per account and per client address, in the database so that
 * every app instance sees the same counts. Past the limit within the window, the key is
 * locked for the lock time.
 */
const RULES = {
	account: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
	ip: { limit: 20, windowMinutes: 15, lockMinutes: 15 }
} as const;

const keysFor = (email: string, ip: string) => ({ account: `account:${email}`, ip: `ip:${ip}` });

export interface ThrottleRule {
	limit: number;
	windowMinutes: number;
	lockMinutes: number;
}

/** Minutes until any of `keys` may be tried again (sign-ins, coupon PINs), or 0 if allowed now. */
export async function lockedMinutes(keys: string[]): Promise<number> {
	const [row] = await read<{ seconds: number | null }>('auth/throttle-locked', { keys });
	return row?.seconds ? Math.ceil(row.seconds / 60) : 0;
}

export async function countFailure(key: string, rule: ThrottleRule): Promise<void> {
	await write('auth/throttle-fail', { key, ...rule });
}

/** Minutes until the earliest moment a new attempt is allowed, or 0 if allowed now. */
export function lockedForMinutes(email: string, ip: string): Promise<number> {
	const keys = keysFor(email, ip);
	return lockedMinutes([keys.account, keys.ip]);
}

export async function recordFailure(email: string, ip: string): Promise<void> {
	const keys = keysFor(email, ip);
	for (const kind of ['account', 'ip'] as const) await countFailure(keys[kind], RULES[kind]);
}

export async function clearAccountFailures(email: string): Promise<void> {
	await write('auth/throttle-clear', { key: keysFor(email, '').account });
}
