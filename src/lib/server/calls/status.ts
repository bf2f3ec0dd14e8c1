/** A call's progress, from Twilio's status callbacks or the simulator: one function for both. */
import { statusStage, type CallStatus } from '$lib/domain/calls';
import { write, writeTx } from '$lib/server/db/driver';
import { emitEvent } from '$lib/server/events/outbox';

/**
 * Moves a call on to `status` (a Twilio status callback, the simulator, a failed placement). Only a
 * later stage is written (domain/calls.ts): repeated or late callbacks change nothing. Returns
 * whether the call moved.
 */
export async function applyStatus(update: { callId?: string | null; callSid: string | null; status: CallStatus; duration?: number }): Promise<boolean> {
	return writeTx(async (tx) => {
		const [moved] = await tx.query<{ id: string; name: string; ownerId: string; status: CallStatus }>('calls/apply-status', {
			callId: update.callId ?? null,
			callSid: update.callSid,
			status: update.status,
			stage: statusStage(update.status),
			duration: update.duration ?? null,
			at: new Date().toISOString()
		});
		if (!moved) return false;
		await emitEvent(tx, 'call.updated', { users: [moved.ownerId], roles: ['supervisor', 'manager', 'admin'] }, { callId: moved.id, status: moved.status });
		return true;
	});
}

/** The CallSid Twilio answered a placed call with (its first callback may have brought it already). */
export async function recordCallSid(callId: string, callSid: string): Promise<void> {
	await write('calls/set-sid', { callId, callSid });
}

/** A call's recording (Twilio's URL, or the simulator's generated one), once it exists. */
export async function attachRecording(update: { callId?: string | null; callSid: string | null; url: string; recordingSid: string | null }): Promise<boolean> {
	return writeTx(async (tx) => {
		const [row] = await tx.query<{ id: string; ownerId: string }>('calls/set-recording', { callId: update.callId ?? null, callSid: update.callSid, url: update.url, recordingSid: update.recordingSid });
		if (!row) return false;
		await emitEvent(tx, 'call.updated', { users: [row.ownerId], roles: ['supervisor', 'manager', 'admin'] }, { callId: row.id, recording: true });
		return true;
	});
}
