/**
 * The browser's side of the live events (/api/events): one EventSource per tab, shared by whatever
 * listens (the bell, the jobs page, an entity page). It reconnects by itself, asking for what it
 * missed (Last-Event-ID).
 */
import type { LiveEvent } from '$lib/domain/events';

type Listener = (event: LiveEvent) => void;

const listeners = new Map<string, Set<Listener>>();
let source: EventSource | null = null;

function ensureSource(): void {
	if (source || typeof EventSource === 'undefined') return;
	source = new EventSource('/api/events');
	for (const type of listeners.keys()) attach(type);
}

function attach(type: string): void {
	source?.addEventListener(type, (message) => {
		const event = JSON.parse((message as MessageEvent<string>).data) as LiveEvent;
		for (const listener of listeners.get(type) ?? []) listener(event);
	});
}

/** Calls `listener` for every live event of `type` until the returned function is called. */
export function onLiveEvent(type: string, listener: Listener): () => void {
	let set = listeners.get(type);
	if (!set) {
		listeners.set(type, (set = new Set()));
		attach(type);
	}
	set.add(listener);
	ensureSource();
	return () => set.delete(listener);
}
