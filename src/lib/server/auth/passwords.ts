import { hash, verify } from '@node-rs/argon2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const ARGON2ID = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;


export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verifying against this when the account does not exist keeps the answer time the same,
// so response times do not reveal which e-mails have accounts.
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<false> {
	decoy ??= hashPassword('decoy-password-never-valid');
	await verifyPassword(await decoy, password);
	return false;
}

/** 80 random bits, readable: 16 base32 characters in groups of four. */
export function generatePassword(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return encodeBase32LowerCaseNoPadding(bytes).match(/.{4}/g)!.join('-');
}
