import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		alias: { $cypher: 'cypher' },
		// The same check runs in hooks.server.ts, with the one exception SvelteKit cannot make: Twilio's signed webhooks.
		csrf: { trustedOrigins: ['*'] }
	}
};
