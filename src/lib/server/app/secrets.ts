/**
 * Secrets at rest (the Twilio API secret and auth token): sealed with AES-256-GCM before they are
 * stored, so a copy of the database or a backup does not give them away, and opened only where
 * the server uses them. The key is SECRETS_KEY, or one made once in the data folder.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from './config';

const VERSION = 'v1';
let cached: Buffer | null = null;

function secretKey(): Buffer {
	if (cached) return cached;
	const config = loadConfig();
	if (config.SECRETS_KEY) return (cached = Buffer.from(config.SECRETS_KEY, 'base64'));
	const file = join(config.dataDir, 'secrets.key');
	if (!existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		// 'wx': two instances starting together cannot both write one; the second reads the first's.
		try {
			writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		chmodSync(file, 0o600);
	}
	const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key in base64.`);
	return (cached = key);
}

/** "v1:" + base64(iv · tag · ciphertext). */
export function seal(plain: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
	const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The secret sealed by `seal`; throws when it was sealed with another key or altered. */
export function unseal(sealed: string): string {
	const [version, data] = sealed.split(':');
	if (version !== VERSION || !data) throw new Error('Not a sealed secret.');
	const bytes = Buffer.from(data, 'base64');
	const decipher = createDecipheriv('aes-256-gcm', secretKey(), bytes.subarray(0, 12));
	decipher.setAuthTag(bytes.subarray(12, 28));
	return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
