import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../support/free-port';

declare module 'vitest' {
	export interface ProvidedContext {
		app: { baseURL: string; adminEmail: string; adminPassword: string };
	}
}

/** Resolves once the app answers /health, or fails with what it printed. */
async function waitForApp(baseURL: string, child: ChildProcess, output: string[]): Promise<void> {
	const deadline = Date.now() + 540_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output.join('')}`);
		try {
			if ((await fetch(`${baseURL}/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`The app did not answer within 9 minutes:\n${output.join('')}`);
}

/** Starts the product exactly as `npm start` does, on free ports and a throwaway data folder. */
export default async function setup(project: TestProject) {
	const dataDir = await mkdtemp(join(tmpdir(), 'crm-e2e-'));
	const port = await freePort();
	const baseURL = `http://localhost:${port}`;
	const adminEmail = 'admin@e2e.example.com';
	const adminPassword = randomBytes(12).toString('base64url');
	const output: string[] = [];
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			DATA_DIR: dataDir,
			NEO4J_BOLT_PORT: String(await freePort()),
			ADMIN_EMAIL: adminEmail,
			ADMIN_PASSWORD: adminPassword,
			DEMO_DATA: 'true',
			DEFAULT_PHONE_COUNTRY: 'FR'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
	child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
	await waitForApp(baseURL, child, output);
	project.provide('app', { baseURL, adminEmail, adminPassword });

	return async () => {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
		await rm(dataDir, { recursive: true, force: true });
	};
}
