/**
 * The simulated call centre, for an installation without a Twilio account (and for trying the
 * product): a call walks the statuses Twilio would report — initiated, ringing, in-progress,
 * completed — through the same applyStatus as Twilio's callbacks, and an answered call gets a short
 * generated recording. Simulated calls are marked as such on their record and in the page's banner.
 * The walk lives in the instance that started it; an instance that stops ends its calls' walks.
 */
import { randomBytes } from 'node:crypto';
import type { CallStatus } from '$lib/domain/calls';
import { applyStatus, attachRecording } from './status';

/** How long a simulated customer stays on the line when the operator does not hang up. */
const TALK_MS = () => Number(process.env.SIMULATED_TALK_MS) || 8_000;
const RING_MS = 400;
const ANSWER_MS = 1_500;

interface Walk {
	sid: string;
	timers: NodeJS.Timeout[];
	answeredAt: number | null;
	/** An inbound call rings until an operator takes it; an outbound one is answered by the simulated customer. */
	direction: 'outbound' | 'inbound';
}

const walks = new Map<string, Walk>();

/** A SID of Twilio's form (CA + 32 hex digits), random. */
export const simulatedSid = () => `CA${randomBytes(16).toString('hex')}`;

function report(callId: string, walk: Walk, status: CallStatus, duration?: number): Promise<unknown> {
	return applyStatus({ callId, callSid: walk.sid, status, duration }).catch((e: unknown) => console.error('simulated call', callId, status, e));
}

function later(walk: Walk, ms: number, effect: () => void): void {
	const timer = setTimeout(effect, ms);
	timer.unref();
	walk.timers.push(timer);
}

function answer(callId: string, walk: Walk): void {
	walk.answeredAt = Date.now();
	void report(callId, walk, 'in_progress');
	later(walk, TALK_MS(), () => void finish(callId));
}

export function simulateOutbound(callId: string): void {
	const walk: Walk = { sid: simulatedSid(), timers: [], answeredAt: null, direction: 'outbound' };
	walks.set(callId, walk);
	void report(callId, walk, 'initiated');
	later(walk, RING_MS, () => void report(callId, walk, 'ringing'));
	later(walk, ANSWER_MS, () => answer(callId, walk));
}

/** An inbound simulated call, ringing until an operator takes it (takeSimulated) or the caller gives up. */
export function simulateInbound(callId: string, sid: string): void {
	const walk: Walk = { sid, timers: [], answeredAt: null, direction: 'inbound' };
	walks.set(callId, walk);
	later(walk, 120_000, () => void finish(callId));
}

/** An operator takes a simulated inbound call: it is answered. False when it is not ringing here. */
export function takeSimulated(callId: string): boolean {
	const walk = walks.get(callId);
	if (!walk || walk.answeredAt !== null) return false;
	for (const timer of walk.timers) clearTimeout(timer);
	walk.timers = [];
	answer(callId, walk);
	return true;
}

async function finish(callId: string): Promise<void> {
	const walk = walks.get(callId);
	if (!walk) return;
	walks.delete(callId);
	for (const timer of walk.timers) clearTimeout(timer);
	if (walk.answeredAt === null) {
		await report(callId, walk, 'no_answer', 0);
		return;
	}
	const duration = Math.max(1, Math.round((Date.now() - walk.answeredAt) / 1000));
	await report(callId, walk, 'completed', duration);
	await attachRecording({ callId, callSid: walk.sid, url: `/calls/${callId}/recording`, recordingSid: null }).catch((e: unknown) => console.error('simulated recording', callId, e));
}

/** The operator hangs up a simulated call (this instance's); false when it is not one of them. */
export function simulatedHangUp(callId: string): boolean {
	if (!walks.has(callId)) return false;
	void finish(callId);
	return true;
}
