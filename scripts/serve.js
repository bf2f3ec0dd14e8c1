// Serves the built app (build/handler.js) on PORT, like adapter-node's own entry, with one difference:
// on plain HTTP with no ORIGIN or PROTOCOL_HEADER configured, adapter-node assumes https, so every
// form POST from http://localhost would fail SvelteKit's same-origin check with 403. Here the
// protocol of the socket itself is told to the handler, in a header clients cannot supply.
import { createServer } from 'node:http';

const PRIVATE_PROTOCOL_HEADER = 'x-crm-socket-protocol';

/** `afterShutdown` runs once the app has stopped (the embedded Neo4j is stopped there). */
export async function serve(root, { afterShutdown = async () => {} } = {}) {
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
	// The app stops its workers and closes its connections on this event; then the database it used
	// (the embedded one) stops, and the process ends even if a timer of the app is still set.
	const stopApp = (reason) => {
		process.emit('sveltekit:shutdown', reason);
		void Promise.resolve(afterShutdown()).finally(() => process.exit());
	};
	server.on('error', (e) => {
		console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use; stop what uses it or set PORT.` : e.message);
		process.exitCode = 1;
		stopApp('ERROR');
	});
	server.listen(port, host, () => console.log(`Listening on http://localhost:${port}`));

	let closing = false;
	const shutdown = (reason) => {
		if (closing) return;
		closing = true;
		server.closeIdleConnections();
		// After the last request has finished.
		server.close(() => stopApp(reason));
		setTimeout(() => server.closeAllConnections(), 10_000).unref();
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}
