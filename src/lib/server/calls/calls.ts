/**
 * Calls: placed from a number of a contact or organisation (or the dialer), moved on by Twilio's
 * status callbacks (or the simulator, through the same function), ended, and wrapped up by the
 * operator with an outcome and notes. A call is a Call record related to the customer and the
 * operator, written through the entity pipeline like every record.
 */
import { randomUUID } from 'node:crypto';
import { dialInput, mayCall, statusStage, wrapUpInput, type CallDirection, type CallStatus } from '$lib/domain/calls';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { formatPhone } from '$lib/domain/phone-format';
import { kindOf } from '$lib/kinds/registry';
import type { Principal } from '$lib/server/access/guard';
import { assertMayOn } from '$lib/server/access/guard';
import { getSettings } from '$lib/server/app/settings';
import { read, writeTx, type Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { announceChange, checkOrThrow, storeNewEntities } from '$lib/server/entities/pipeline';
import { normalisePhone } from '$lib/server/entities/phones';
import { callersOf } from './lookup';
import { twilioAccount } from './settings';
import { simulateOutbound, simulatedHangUp } from './simulator';
import { applyStatus, recordCallSid } from './status';
import { dialTwiml, hangUp, placeCall, sayTwiml, voiceToken } from './twilio';
import type { TwilioAccount } from './settings';
import type { Role } from '$lib/domain/roles';

interface Party {
	id: string;
	type: string;
	name: string;
	phones: string[];
}

export interface StoredCall {
	id: string;
	name: string;
	ownerId: string;
	status: CallStatus;
	callSid: string | null;
	number: string;
	direction: CallDirection;
	answeredAt: string | null;
	stage: number;
}

export function assertMayCall(actor: Actor): void {
	if (!mayCall(actor.role)) throw new DomainError('FORBIDDEN', 'calls.error.role', 403, { role: `role.${actor.role}` });
}

/** The number as typed, in E.164 with the installation's country; 422 with a sentence otherwise. */
export async function e164Of(typed: string): Promise<string> {
	const { defaultPhoneCountry } = await getSettings();
	const result = normalisePhone(typed, defaultPhoneCountry);
	if (!result.ok) throw new DomainError('INVALID_INPUT', result.message, 422, {}, { number: result.message });
	return result.e164;
}

/** A new call record with its relations, in `tx`. */
export async function storeCall(
	tx: Tx,
	call: {
		id: string;
		direction: CallDirection;
		status: CallStatus;
		number: string;
		callSid: string | null;
		customer: { id: string; name: string } | null;
		operator: { id: string; name: string } | null;
		operatorName: string;
		simulated: boolean;
	},
	actor: Actor
): Promise<void> {
	const settings = await getSettings(tx);
	const party = call.customer?.name ?? formatPhone(call.number, settings.defaultPhoneCountry);
	const values = {
		name: `${call.direction === 'outbound' ? '→' : '←'} ${party}`,
		direction: call.direction,
		status: call.status,
		number: call.number,
		customerName: call.customer?.name ?? '',
		operatorName: call.operatorName,
		startedAt: new Date().toISOString(),
		callSid: call.callSid ?? '',
		simulated: call.simulated
	};
	const props = checkOrThrow(kindOf('Call'), values, { actor, settings, system: true });
	await Promise.all([
		storeNewEntities(tx, [{ id: call.id, type: 'Call', props: { ...props, stage: statusStage(call.status), callSid: call.callSid } }], actor),
		tx.query('calls/link-call', { callId: call.id, customerId: call.customer?.id ?? null, operatorContactId: call.operator?.id ?? null, actorId: actor.id }),
		announceChange(tx, { id: call.id, type: 'Call', name: String(props.name) }, 'created', actor)
	]);
}

/**
 * Calls a number for the principal (one click on a phone of a contact or organisation, or the
 * dialer). With a Twilio account, Twilio first rings the operator's own phone and then bridges the
 * customer; simulated, the call walks the same statuses by itself. Returns the call's id.
 */
export async function startCall(raw: unknown, principal: Principal): Promise<{ id: string; simulated: boolean }> {
	assertMayCall(principal);
	const input = parseOrThrow(dialInput, raw);
	const number = await e164Of(input.number);
	if (input.entityId) await assertMayOn(principal, input.entityId, 'view');
	const [[parties], account] = await Promise.all([
		read<{ customer: Party | null; operator: Party | null; userName: string }>('calls/parties', { entityId: input.entityId ?? null, actorId: principal.id }),
		twilioAccount()
	]);
	// Dialled by hand: the record of the number, when exactly one has it.
	const found = parties!.customer ?? (await singleCaller(number));
	const operatorPhone = parties!.operator?.phones[0] ?? null;
	if (account && !operatorPhone) throw new DomainError('NO_OPERATOR_PHONE', 'calls.error.operatorPhone', 409);
	if (account && account.callerIds.length === 0) throw new DomainError('NO_CALLER_ID', 'calls.error.callerIds', 409);
	const id = randomUUID();
	await writeTx((tx) =>
		storeCall(
			tx,
			{ id, direction: 'outbound', status: 'queued', number, callSid: null, customer: found, operator: parties!.operator, operatorName: parties!.operator?.name ?? parties!.userName, simulated: !account },
			principal
		)
	);
	if (!account) {
		simulateOutbound(id);
		return { id, simulated: true };
	}
	try {
		const query = `?call=${id}`;
		const callSid = await placeCall(account, {
			to: operatorPhone!,
			from: account.callerIds[0]!,
			twimlUrl: `${account.publicBaseUrl}/api/twilio/bridge${query}`,
			statusUrl: `${account.publicBaseUrl}/api/twilio/status${query}`
		});
		await recordCallSid(id, callSid);
	} catch (e) {
		await applyStatus({ callId: id, callSid: null, status: 'failed' });
		throw new DomainError('TWILIO_REFUSED', 'calls.error.twilio', 409, { reason: e instanceof Error ? e.message : String(e) });
	}
	return { id, simulated: false };
}

async function singleCaller(e164: string): Promise<{ id: string; name: string } | null> {
	const matches = await callersOf(e164);
	return matches.length === 1 ? matches[0]! : null;
}

/** Ends a call the principal handles (or supervises): Twilio hangs up, or the simulator does. */
export async function endCall(id: string, principal: Principal): Promise<void> {
	assertMayCall(principal);
	await assertMayOn(principal, id, 'change');
	const [call] = await read<StoredCall>('calls/call', { id });
	if (!call || call.stage === 4) return;
	const account = await twilioAccount();
	if (account && call.callSid) await hangUp(account, call.callSid);
	else simulatedHangUp(id);
}

/** The operator's wrap-up: the outcome chosen and notes, recorded in the call's history. */
export async function wrapUpCall(id: string, raw: unknown, principal: Principal): Promise<void> {
	assertMayCall(principal);
	const input = parseOrThrow(wrapUpInput, raw);
	await assertMayOn(principal, id, 'change');
	await writeTx(async (tx) => {
		const fields = JSON.stringify([
			{ field: 'outcome', before: null, after: input.outcome },
			{ field: 'notes', before: null, after: input.notes }
		]);
		await Promise.all([
			tx.query('calls/wrap-up', { id, outcome: input.outcome, notes: input.notes, actorId: principal.id, fields }),
			announceChange(tx, { id, type: 'Call', name: id }, 'updated', principal)
		]);
	});
}

/**
 * The browser phone's token (Voice SDK), for the principal's identity (their user id); in simulated
 * mode or without an API key and TwiML App, what the browser does instead.
 */
export async function browserPhone(principal: Principal): Promise<{ mode: 'browser'; token: string; identity: string } | { mode: 'bridge' | 'simulated' }> {
	assertMayCall(principal);
	const account = await twilioAccount();
	if (!account) return { mode: 'simulated' };
	const token = voiceToken(account, principal.id);
	return token ? { mode: 'browser', token, identity: principal.id } : { mode: 'bridge' };
}

/**
 * The TwiML App's voice URL: a call the operator places from the browser (`device.connect({params:
 * {To}})`, From `client:<user id>`). Logged like a click-to-call, then dialled, its progress followed
 * on the dialled leg.
 */
export async function browserCall(account: TwilioAccount, params: Record<string, string>): Promise<string> {
	const userId = (params.From ?? '').replace(/^client:/, '');
	const [user] = userId ? await read<{ id: string; role: Role; name: string; contact: { id: string; name: string } | null }>('calls/operator', { userId }) : [];
	if (!user || !mayCall(user.role)) return sayTwiml('This phone may not place calls.');
	const number = await e164Of(params.To ?? '').catch(() => null);
	if (!number || !params.CallSid) return sayTwiml('The number to call is not a phone number.');
	const id = randomUUID();
	const customer = await singleCaller(number);
	await writeTx((tx) =>
		storeCall(tx, { id, direction: 'outbound', status: 'initiated', number, callSid: params.CallSid!, customer, operator: user.contact, operatorName: user.contact?.name ?? user.name, simulated: false }, { id: user.id, role: user.role })
	);
	const query = `?call=${id}`;
	return dialTwiml(number, account.callerIds[0] ?? '', `${account.publicBaseUrl}/api/twilio/recording${query}`, `${account.publicBaseUrl}/api/twilio/status${query}`);
}
