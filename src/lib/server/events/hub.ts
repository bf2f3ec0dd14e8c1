/**
 * This instance's side of the outbox: it reads the events written since the last it saw (every
 * EVENT_POLL_MS, and at once when this instance emitted one) and hands each to the browsers
 * connected here whose principal may receive it.
 */
import type { LiveEvent } from '$lib/domain/events';
import type { SessionUser } from '$lib/server/auth/sessions';
import { eventsAfter, lastEventSeq, type StoredEvent } from './outbox';

export interface Subscriber {
	user: SessionUser;
	send(event: LiveEvent): void;
}

const subscribers = new Set<Subscriber>();
let lastSeq = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let running = false;
let polling: Promise<void> | null = null;
let again = false;

/**
 * Whether this principal is among the event's audience. An event about a record goes only to those
 * who see every record of its kind (it names the record; a restricted principal might not see it).
 */
export function mayReceive(user: Pick<SessionUser, 'id' | 'role' | 'access'>, event: Pick<StoredEvent, 'users' | 'roles' | 'staff' | 'payload'>): boolean {
	const kind = event.payload.entityType;
	if (typeof kind === 'string' && user.access[kind as keyof SessionUser['access']]?.view !== 'all') return false;
	return event.users.includes(user.id) || event.roles.includes(user.role) || (event.staff && user.role !== 'client');
}

const live = (e: StoredEvent): LiveEvent => ({ seq: e.seq, type: e.type, at: e.at, payload: e.payload });

async function poll(): Promise<void> {
	for (;;) {
		const events = await eventsAfter(lastSeq);
		for (const event of events) {
			lastSeq = event.seq;
			for (const s of subscribers) if (mayReceive(s.user, event)) s.send(live(event));
		}
		if (events.length < 500) return;
	}
}

/** Polls now (coalescing calls made while a poll runs into one more poll after it); idle with no browser connected. */
export function poke(): void {
	if (!running || subscribers.size === 0) return;
	if (polling) {
		again = true;
		return;
	}
	polling = poll()
		.catch((e) => console.error('Reading the event outbox failed:', e))
		.finally(() => {
			polling = null;
			if (again) {
				again = false;
				poke();
			}
		});
}

export async function startEventHub(intervalMs = Number(process.env.EVENT_POLL_MS ?? 100)): Promise<void> {
	lastSeq = await lastEventSeq();
	running = true;
	const tick = () => {
		poke();
		timer = setTimeout(tick, intervalMs);
	};
	tick();
}

export async function stopEventHub(): Promise<void> {
	running = false;
	if (timer) clearTimeout(timer);
	await polling;
	for (const s of subscribers) subscribers.delete(s);
}

/**
 * Sends this principal every event for them from now on and, first, those after `since` (a browser
 * that reconnects); returns the way to stop. The catch-up reads until it meets what the polls have
 * delivered, so nothing falls between the two.
 */
export async function subscribe(subscriber: Subscriber, since: number | null): Promise<() => void> {
	// With no one connected the hub stopped reading: "from now on" is where the outbox is now.
	if (subscribers.size === 0) lastSeq = Math.max(lastSeq, await lastEventSeq());
	let sent = since ?? lastSeq;
	while (sent < lastSeq) {
		const batch = await eventsAfter(sent, 1000);
		if (batch.length === 0) break;
		for (const event of batch) {
			if (event.seq > lastSeq) break;
			sent = event.seq;
			if (mayReceive(subscriber.user, event)) subscriber.send(live(event));
		}
	}
	subscribers.add(subscriber);
	return () => subscribers.delete(subscriber);
}

/** Browsers connected to this instance (for the admin page). */
export const subscriberCount = () => subscribers.size;
