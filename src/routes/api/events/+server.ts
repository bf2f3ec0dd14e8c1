import type { RequestHandler } from './$types';
import { subscribe } from '$lib/server/events/hub';
import { requireSignedIn } from '$lib/server/web/http';

const KEEP_ALIVE_MS = 15_000;

/**
 * GET /api/events: the signed-in principal's live events as Server-Sent Events (`id:` is the event's
 * number; a browser reconnecting sends it back as Last-Event-ID and gets what it missed).
 */
export const GET: RequestHandler = async ({ locals, request }) => {
	const user = requireSignedIn(locals);
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
			write('retry: 2000\n\n');
			stop = await subscribe(
				{ user, send: (event) => write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`) },
				Number.isInteger(lastId) && lastId >= 0 ? lastId : null
			);
			keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
			request.signal.addEventListener('abort', () => {
				stop();
				clearInterval(keepAlive);
				try {
					controller.close();
				} catch {
					// already closed
				}
			});
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
