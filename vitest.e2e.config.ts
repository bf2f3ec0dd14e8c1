import { defineConfig } from 'vitest/config';

// Browser tests: one built app with its own embedded Neo4j, driven by Debian's Chromium.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 600_000
	}
});
