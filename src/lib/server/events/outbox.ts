/**
 * The event outbox: events are written in the transaction of what they tell about, numbered in
 * commit order (the counter's lock is held to the commit), and every app instance reads them from
 * there and fans them out to its browsers. So an event emitted on instance A reaches a browser
 * connected to instance B, and none is lost when an instance restarts.
 */
import type { EventType, LiveEvent } from '$lib/domain/events';
import type { Role } from '$lib/domain/roles';
import { read, type Tx } from '$lib/server/db/driver';
import { poke } from './hub';

/** Who may receive an event: given users, users of given roles, or every staff member. */
export interface Audience {
	users?: string[];
	roles?: Role[];
	staff?: boolean;
}

export interface StoredEvent extends LiveEvent {
	users: string[];
	roles: string[];
	staff: boolean;
}

/** Writes an event in the caller's transaction; it is delivered once that transaction commits. */
export function emitEvent(tx: Tx, type: EventType, audience: Audience, payload: Record<string, unknown>): Promise<unknown> {
	// This instance delivers it at once; the others at their next poll.
	tx.afterCommit(poke);
	return tx.query('events/emit', {
		type,
		users: audience.users ?? [],
		roles: audience.roles ?? [],
		staff: audience.staff ?? false,
		payload: JSON.stringify(payload)
	});
}

interface Row extends Omit<StoredEvent, 'payload'> {
	payload: string;
}

/** Events after `seq`, oldest first. */
export async function eventsAfter(seq: number, limit = 500): Promise<StoredEvent[]> {
	const rows = await read<Row>('events/after', { seq, limit });
	return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

/** The number of the last event (0 before the first). */
export async function lastEventSeq(): Promise<number> {
	const [row] = await read<{ seq: number | null }>('events/last');
	return row?.seq ?? 0;
}
