import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			// zod ships comments Rollup cannot place; the warning is noise for every build.
			onwarn(warning, warn) {
				if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
				warn(warning);
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					// One Neo4j for the whole run, started here when NEO4J_URI is unset.
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
