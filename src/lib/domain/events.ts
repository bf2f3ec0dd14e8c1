/** What a browser receives over /api/events (Server-Sent Events), newest last. */
export interface LiveEvent {
	/** Its place in the outbox: a browser that reconnects asks for what came after the last one it saw. */
	seq: number;
	type: string;
	/** When it was emitted (ISO), for the delivery latency. */
	at: string;
	payload: Record<string, unknown>;
}

/** The event types the product emits. */
export type EventType = 'entity.changed' | 'job.updated' | 'notification' | 'call.incoming' | 'call.updated';
