import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	NEO4J_URI: z.string().trim().optional().transform((v) => v || undefined),
	NEO4J_USER: z.string().default('neo4j'),
	NEO4J_PASSWORD: z.string().default(''),
	NEO4J_DATABASE: z.string().trim().optional().transform((v) => v || undefined),
	NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
	NEO4J_HEAP: z.string().default('1g'),
	NEO4J_PAGECACHE: z.string().default('512m'),
	DATA_DIR: z.string().default('.data'),
	ADMIN_EMAIL: z.string().trim().toLowerCase().default('admin@example.com'),
	ADMIN_PASSWORD: z.string().optional().transform((v) => v || undefined),
	DEFAULT_PHONE_COUNTRY: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, 'DEFAULT_PHONE_COUNTRY must be a two-letter ISO country code such as FR')
		.default('FR'),
	DEMO_DATA: z
		.enum(['true', 'false', '1', '0'])
		.default('true')
		.transform((v) => v === 'true' || v === '1'),
	CRM_ROOT: z.string().optional(),
	// The key that seals secrets stored in the database (the Twilio credentials): 32 bytes in base64.
	// Unset, a key is made once in DATA_DIR/secrets.key (instances sharing a data folder share it).
	SECRETS_KEY: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined)
		.refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, 'SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32)')
});

export type Config = z.output<typeof schema> & { root: string; dataDir: string };

/** Reads the environment once; a bad value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
	}
	const root = resolve(parsed.data.CRM_ROOT ?? process.cwd());
	return { ...parsed.data, root, dataDir: resolve(root, parsed.data.DATA_DIR) };
}
