import { write } from '$lib/server/db/driver';

/**
 * Failed attempts (sign-ins, coupon PINs) are counted per key, in the database so that every app
 * instance sees the same counts. An attempt is taken before it is checked and counts as a failure
 * until it is settled: taking it and comparing with the limit is one statement under the key's lock,
 * so sixty parallel guesses get at most `limit` checks. Past the limit within the window, the key is
 * locked for the lock time.
 */
export interface ThrottleRule {
	limit: number;
	windowMinutes: number;
	lockMinutes: number;
}

export interface ThrottleKey extends ThrottleRule {
	key: string;
}

const RULES = {
	account: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
	ip: { limit: 20, windowMinutes: 15, lockMinutes: 15 }
} as const;

const minutesOf = (rows: { seconds: number | null }[]) => Math.ceil((rows[0]?.seconds ?? 0) / 60);

/** Takes one attempt on every key: 0 when admitted, otherwise the minutes to wait (nothing counted then). */
export async function takeAttempt(keys: ThrottleKey[]): Promise<number> {
	return minutesOf(await write<{ seconds: number | null }>('auth/throttle-attempt', { keys }));
}

/** The taken attempt failed: minutes the keys are now locked for, or 0. */
export async function attemptFailed(keys: ThrottleKey[]): Promise<number> {
	return minutesOf(await write<{ seconds: number | null }>('auth/throttle-fail', { keys }));
}

/** The taken attempt did not fail: it is no longer counted. */
export async function attemptSettled(keys: ThrottleKey[]): Promise<void> {
	await write('auth/throttle-release', { keys: keys.map((k) => k.key) });
}

/** The sign-in keys of an account and a client address. */
export const signInKeys = (email: string, ip: string): ThrottleKey[] => [
	{ key: `account:${email}`, ...RULES.account },
	{ key: `ip:${ip}`, ...RULES.ip }
];

/** A successful sign-in forgets the account's earlier failures (the address keeps its own). */
export async function clearAccountFailures(email: string): Promise<void> {
	await write('auth/throttle-clear', { key: `account:${email}` });
}
