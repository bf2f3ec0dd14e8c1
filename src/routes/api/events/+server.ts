import type { RequestHandler } from './$types';
import { currentUser } from '$lib/server/auth/current-user';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { subscribe, type Subscriber } from '$lib/server/events/hub';
import { requireSignedIn } from '$lib/server/web/http';

/** Between two comments that keep proxies from closing the stream; each also checks who is listening. */
const KEEP_ALIVE_MS = Number(process.env.EVENT_KEEPALIVE_MS ?? 15_000);

/**
 * GET /api/events: the signed-in principal's live events as Server-Sent Events (`id:` is the event's
 * number; a browser reconnecting sends it back as Last-Event-ID and gets what it missed).
 */
export const GET: RequestHandler = async ({ locals, request, cookies }) => {
	const user = requireSignedIn(locals);
	const credentials = [request.headers.get('authorization'), cookies.get(SESSION_COOKIE) ?? null] as const;
	const lastId = Number(request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('since') ?? NaN);
	const encoder = new TextEncoder();
	let stop = () => {};
	let keepAlive: ReturnType<typeof setInterval> | undefined;
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			const end = () => {
				stop();
				clearInterval(keepAlive);
				try {
					controller.close();
				} catch {
					// already closed
				}
			};
			write('retry: 2000\n\n');
			const subscriber: Subscriber = { user, send: (event) => write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`) };
			stop = await subscribe(subscriber, Number.isInteger(lastId) && lastId >= 0 ? lastId : null);
			keepAlive = setInterval(async () => {
				// Signed out, deactivated or revoked: the stream ends. A new role or new rules apply from now on.
				const now = await currentUser(...credentials).catch(() => subscriber.user);
				if (!now) return end();
				subscriber.user = now;
				write(': keep-alive\n\n');
			}, KEEP_ALIVE_MS);
			request.signal.addEventListener('abort', end);
		},
		cancel() {
			stop();
			clearInterval(keepAlive);
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' }
	});
};
