import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from '../support/app-process';
import { freePort } from '../support/free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		app: { baseURL: string; adminEmail: string; adminPassword: string };
	}
}

/** Starts the product exactly as `npm start` does, on free ports and a throwaway data folder. */
export default async function setup(project: TestProject) {
	const dataDir = await mkdtemp(join(tmpdir(), 'crm-e2e-'));
	const port = await freePort();
	const baseURL = `http://localhost:${port}`;
	const adminEmail = 'admin@e2e.example.com';
	const adminPassword = randomBytes(12).toString('base64url');
	const app = await startApp(port, {
		DATA_DIR: dataDir,
		NEO4J_BOLT_PORT: String(await freePort()),
		ADMIN_EMAIL: adminEmail,
		ADMIN_PASSWORD: adminPassword,
		DEMO_DATA: 'true',
		DEFAULT_PHONE_COUNTRY: 'FR',
		// Open event streams check who listens this often (15 s in production), so a sign-out is seen quickly.
		EVENT_KEEPALIVE_MS: '500',
		// Callback reminders every two seconds (each minute in production), so a test sees one quickly.
		CALLBACK_REMINDER_CRON: '*/2 * * * * *'
	});
	project.provide('app', { baseURL, adminEmail, adminPassword });

	return async () => {
		await app.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
}
