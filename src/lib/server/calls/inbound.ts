/**
 * Incoming calls: the caller looked up by number among organisations and contacts, the call logged
 * (related to the caller when exactly one record has the number), and popped on every operator's
 * screen through the live events, before anyone answers. Twilio's callers wait in the queue; a
 * simulated one rings until an operator takes it.
 */
import { randomUUID } from 'node:crypto';
import { dialInput, mayCall, type CallerCard, type CallerMatch } from '$lib/domain/calls';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { assertMayOn, type Principal } from '$lib/server/access/guard';
import { getSettings } from '$lib/server/app/settings';
import { read, writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { announceChange } from '$lib/server/entities/pipeline';
import { emitEvent } from '$lib/server/events/outbox';
import { assertMayCall, e164Of, storeCall } from './calls';
import { customerCard } from '$lib/server/sales/customer-card';
import { callersOf } from './lookup';
import { twilioAccount } from './settings';
import { simulateInbound, simulatedSid, takeSimulated } from './simulator';
import { enqueueTwiml } from './twilio';

/** Who writes what the telephone brings in: no user did. */
export const TELEPHONY: Actor = { id: 'telephony', role: 'admin' };
export const INBOUND_QUEUE = 'customers';

/** What the pop shows of the one record with the number (read before the call itself is logged). */
async function cardOf(customerId: string): Promise<CallerCard> {
	const [card, calls, settings] = await Promise.all([customerCard(customerId), read<CallerCard['calls'][number]>('calls/recent-calls', { id: customerId, limit: 3 }), getSettings()]);
	return { status: card.status, balance: card.balance, currency: settings.currency, orders: card.recent.slice(0, 3), calls };
}

/** Logs an incoming call and pops it on the operators' screens. Returns the call's id and the callers found. */
export async function popIncomingCall(call: { callSid: string; from: string; simulated: boolean }): Promise<{ id: string; matches: CallerMatch[] }> {
	const number = await e164Of(call.from).catch(() => call.from);
	const matches = await callersOf(number);
	const customer = matches.length === 1 ? matches[0]! : null;
	const card = customer ? await cardOf(customer.id) : null;
	const id = randomUUID();
	await writeTx(async (tx) => {
		await storeCall(tx, { id, direction: 'inbound', status: 'ringing', number, callSid: call.callSid, customer, operator: null, operatorName: '', simulated: call.simulated }, TELEPHONY);
		await emitEvent(tx, 'call.incoming', { roles: ['agent', 'supervisor', 'manager', 'admin'] }, { callId: id, number, matches, card });
	});
	return { id, matches };
}

/** Twilio's incoming-call webhook: the TwiML that queues the caller. */
export async function receiveCall(call: { callSid: string; from: string }): Promise<string> {
	await popIncomingCall({ ...call, simulated: false });
	return enqueueTwiml(INBOUND_QUEUE, 'Thank you for calling. An operator will be with you shortly.');
}

/** A simulated incoming call from `from` (the simulated mode's stand-in for a customer calling). */
export async function simulateIncomingCall(from: string): Promise<{ id: string; matches: CallerMatch[] }> {
	const sid = simulatedSid();
	const popped = await popIncomingCall({ callSid: sid, from, simulated: true });
	simulateInbound(popped.id, sid);
	return popped;
}

/** The operator takes a waiting incoming call: it becomes theirs; 409 when someone took it first or it is over. */
export async function takeCall(id: string, principal: Principal): Promise<{ id: string }> {
	assertMayCall(principal);
	await assertMayOn(principal, id, 'view');
	const taken = await writeTx(async (tx) => {
		await tx.query('calls/lock-call', { id });
		const [row] = await tx.query<{ id: string; name: string }>('calls/take', { id, actorId: principal.id, telephony: TELEPHONY.id });
		if (row) await announceChange(tx, { id, type: 'Call', name: row.name }, 'updated', principal);
		return row;
	});
	if (!taken) throw new DomainError('CALL_TAKEN', 'calls.error.taken', 409);
	// Simulated, the caller is answered now; with Twilio, the operator's phone takes it from the queue.
	takeSimulated(id);
	return { id };
}

/** A simulated customer calls in (the simulated mode only; supervisors and above try the screen-pop with it). */
export async function simulateCallFrom(raw: unknown, principal: Principal): Promise<{ id: string; matches: CallerMatch[] }> {
	if (!mayCall(principal.role) || principal.role === 'agent') throw new DomainError('FORBIDDEN', 'calls.error.simulateRole', 403, { role: `role.${principal.role}` });
	if (await twilioAccount()) throw new DomainError('NOT_SIMULATED', 'calls.error.notSimulated', 409);
	const input = parseOrThrow(dialInput, raw);
	return simulateIncomingCall(await e164Of(input.number));
}
