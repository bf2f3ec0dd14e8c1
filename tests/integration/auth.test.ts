import { describe, expect, it, vi } from 'vitest';
import { authenticate } from '../../src/lib/server/auth/login';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME,
	sessionIdOf,
	validateSessionToken
} from '../../src/lib/server/auth/sessions';
import { changeRole, createUser, resetPassword, setActive } from '../../src/lib/server/auth/users';
import { execute, query, unique, useDatabase } from '../support/db';

useDatabase();

// Counts the passwords the sign-in really checks (the real argon2id verification still runs).
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/lib/server/auth/passwords', async (original) => {
	const real = await original<typeof import('../../src/lib/server/auth/passwords')>();
	return {
		...real,
		verifyPassword: (hash: string, password: string) => (checks.count++, real.verifyPassword(hash, password)),
		verifyDecoy: (password: string) => (checks.count++, real.verifyDecoy(password))
	};
});

const email = () => `${unique('user').replace(' ', '.')}@example.com`;
const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

describe('users', () => {
	it('stores an argon2id hash, never the password, and a staff contact', async () => {
		const address = email();
		const { id } = await createUser({ email: address, firstName: 'Ada', lastName: 'Lovelace', role: 'agent', password: 'correct horse battery' });
		const [row] = await query<{ hash: string; contactName: string; contactUser: string; props: object }>(
			`MATCH (u:User {id: $id})-[:HAS_CONTACT]->(c:Contact)
			 RETURN u.passwordHash AS hash, c.name AS contactName, c.userId AS contactUser, properties(u) AS props`,
			{ id }
		);
		expect(row!.hash).toMatch(/^\$argon2id\$/);
		expect(JSON.stringify(row!.props)).not.toContain('correct horse battery');
		expect(row!.contactName).toBe('Ada Lovelace');
		expect(row!.contactUser).toBe(id);
	});

	it('generates a password when none is given', async () => {
		const address = email();
		const { id, generatedPassword } = await createUser({ email: address, firstName: null, lastName: 'Gen', role: 'viewer', password: null });
		expect(generatedPassword).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
		expect(await authenticate(address, generatedPassword!, '10.0.0.1')).toBe(id);
	});

	it('refuses a second user with the same e-mail', async () => {
		const address = email();
		await createUser({ email: address, firstName: null, lastName: 'One', role: 'viewer', password: 'long enough pw' });
		await expect(
			createUser({ email: address, firstName: null, lastName: 'Two', role: 'viewer', password: 'long enough pw' })
		).rejects.toMatchObject({ code: 'EMAIL_TAKEN', status: 409 });
	});

	it('never removes the last active administrator', async () => {
		await execute("MATCH (u:User {role: 'admin'}) SET u.role = 'manager', u.wasAdmin = true");
		try {
			const { id } = await createUser({ email: email(), firstName: null, lastName: 'Sole admin', role: 'admin', password: 'long enough pw' });
			await expect(changeRole(id, 'agent')).rejects.toMatchObject({ code: 'LAST_ADMIN' });
			await expect(setActive(id, false, 'someone-else')).rejects.toMatchObject({ code: 'LAST_ADMIN' });
			await expect(setActive(id, false, id)).rejects.toMatchObject({ code: 'SELF_DEACTIVATE' });
			await execute('MATCH (u:User {id: $id}) SET u.role = "viewer"', { id });
		} finally {
			await execute("MATCH (u:User {wasAdmin: true}) SET u.role = 'admin' REMOVE u.wasAdmin");
		}
	});
});

describe('sessions (Lucia recipe)', () => {
	it('keeps only the SHA-256 of the token', async () => {
		const { id } = await createUser({ email: email(), firstName: null, lastName: 'Session', role: 'agent', password: 'long enough pw' });
		const token = generateSessionToken();
		await createSession(token, id, meta);
		const stored = await query<{ id: string }>('MATCH (s:Session {userId: $id}) RETURN s.id AS id', { id });
		expect(stored.map((s) => s.id)).toEqual([sessionIdOf(token)]);
		expect(sessionIdOf(token)).not.toContain(token);
		const leaked = await query('MATCH (s:Session) WHERE any(k IN keys(s) WHERE toString(s[k]) CONTAINS $token) RETURN s', { token });
		expect(leaked).toHaveLength(0);

		const valid = await validateSessionToken(token);
		expect(valid.user?.id).toBe(id);
		await invalidateSession(sessionIdOf(token));
		expect((await validateSessionToken(token)).user).toBeNull();
	});

	it('slides the expiry forward once half the lifetime is used, and drops expired sessions', async () => {
		const { id } = await createUser({ email: email(), firstName: null, lastName: 'Sliding', role: 'agent', password: 'long enough pw' });
		const token = generateSessionToken();
		await createSession(token, id, meta);
		const sid = sessionIdOf(token);
		await execute('MATCH (s:Session {id: $sid}) SET s.expiresAt = datetime() + duration({days: 3})', { sid });
		const renewed = await validateSessionToken(token);
		expect(renewed.session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_LIFETIME - 60_000);

		await execute('MATCH (s:Session {id: $sid}) SET s.expiresAt = datetime() - duration({minutes: 1})', { sid });
		expect((await validateSessionToken(token)).session).toBeNull();
		expect(await query('MATCH (s:Session {id: $sid}) RETURN s', { sid })).toHaveLength(0);
	});

	it('ends every session of a deactivated user and of a password reset', async () => {
		const { id } = await createUser({ email: email(), firstName: null, lastName: 'Ended', role: 'agent', password: 'long enough pw' });
		const first = generateSessionToken();
		await createSession(first, id, meta);
		await resetPassword(id);
		expect((await validateSessionToken(first)).user).toBeNull();

		const second = generateSessionToken();
		await createSession(second, id, meta);
		await setActive(id, false, 'admin-id');
		expect((await validateSessionToken(second)).user).toBeNull();
	});
});

describe('sign-in throttling', () => {
	it('locks an account after five failures, with the wait in the message', async () => {
		const address = email();
		await createUser({ email: address, firstName: null, lastName: 'Throttled', role: 'agent', password: 'the right password' });
		for (let i = 0; i < 4; i++) {
			await expect(authenticate(address, 'wrong', `10.1.0.${i}`)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
		}
		await expect(authenticate(address, 'wrong', '10.1.0.9')).rejects.toMatchObject({ code: 'LOGIN_THROTTLED', status: 429, params: { minutes: 15 } });
		// Even the right password waits: the lock protects the account, whoever guesses.
		await expect(authenticate(address, 'the right password', '10.1.1.1')).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
	});

	it('locks a client address after twenty failures across accounts', async () => {
		const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < 19; i++) {
			await expect(authenticate(`${i}-${email()}`, 'wrong', ip)).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
		}
		await expect(authenticate(email(), 'wrong', ip)).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
	});

	it('answers a deactivated account as it answers a wrong password, so the password is never confirmed', async () => {
		const address = email();
		const { id } = await createUser({ email: address, firstName: null, lastName: 'Inactive', role: 'agent', password: 'the right password' });
		await setActive(id, false, 'admin-id');
		const right = await authenticate(address, 'the right password', '10.3.0.1').catch((e: unknown) => e);
		const wrong = await authenticate(address, 'a wrong one', '10.3.0.1').catch((e: unknown) => e);
		expect(right).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 400 });
		expect({ ...(right as object), stack: undefined }).toEqual({ ...(wrong as object), stack: undefined });
	});

	it('checks at most five passwords of sixty parallel attempts on one account, the last one right', async () => {
		const address = email();
		await createUser({ email: address, firstName: null, lastName: 'Parallel', role: 'agent', password: 'the right password' });
		const attempts = Array.from({ length: 60 }, (_, i) =>
			authenticate(address, i === 59 ? 'the right password' : `guess ${i}`, `10.4.${i}.1`).then(
				() => 'signed in',
				(e: { code: string }) => e.code
			)
		);
		const before = checks.count;
		const outcomes = await Promise.all(attempts);
		expect(checks.count - before).toBeLessThanOrEqual(5);
		expect(outcomes.filter((o) => o === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(55);
		// Whatever the order they ran in, the account is locked now: the right password waits too.
		await expect(authenticate(address, 'the right password', '10.4.200.1')).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
	});

	it('does not count a successful sign-in against its client address', async () => {
		const address = email();
		await createUser({ email: address, firstName: null, lastName: 'Office', role: 'agent', password: 'the right password' });
		const ip = `10.5.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < 25; i++) await authenticate(address, 'the right password', ip);
		const [row] = await query<{ failures: number }>('MATCH (t:LoginThrottle {key: $key}) RETURN t.failures AS failures', { key: `ip:${ip}` });
		expect(row!.failures).toBe(0);
	});
});
