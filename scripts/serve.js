// Serves the built app (build/handler.js) on PORT, like adapter-node's own entry, with one difference:
// on plain HTTP with no ORIGIN or PROTOCOL_HEADER configured, adapter-node assumes https, so every
// form POST from http://localhost would fail SvelteKit's same-origin check with 403. Here the
// protocol of the socket itself is told to the handler, in a header clients cannot supply.
import { createServer } from 'node:http';

const PRIVATE_PROTOCOL_HEADER = 'x-crm-socket-protocol';

export async function serve(root) {
	const useSocketProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (useSocketProtocol) process.env.PROTOCOL_HEADER = PRIVATE_PROTOCOL_HEADER;
	// The built app is production: libraries such as graphql-js skip their development-time checks.
	process.env.NODE_ENV ??= 'production';
	// Importing the handler runs the app's init hook: Neo4j, migrations, demo data, first admin.
	const { handler } = await import(`${root}/build/handler.js`);

	const server = createServer((req, res) => {
		if (useSocketProtocol) req.headers[PRIVATE_PROTOCOL_HEADER] = 'http';
		handler(req, res);
	});
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	server.on('error', (e) => {
		console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use; stop what uses it or set PORT.` : e.message);
		process.emit('sveltekit:shutdown', 'ERROR');
		process.exitCode = 1;
	});
	server.listen(port, host, () => console.log(`Listening on http://localhost:${port}`));

	let closing = false;
	const shutdown = (reason) => {
		if (closing) return;
		closing = true;
		server.closeIdleConnections();
		// The app stops its Neo4j on this event, after the last request has finished.
		server.close(() => process.emit('sveltekit:shutdown', reason));
		setTimeout(() => server.closeAllConnections(), 10_000).unref();
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}
