/**
 * What follows a call: a callback scheduled for a time (its owner reminded before it is due by the
 * callback-reminders job, overdue ones listed), an escalation to level 2 with a reason (level 2 told
 * at once), and a contact made for an unknown caller. All are in the call's and the customer's history.
 */
import { randomUUID } from 'node:crypto';
import { REMIND_BEFORE_MINUTES, callbackInput, escalationInput, isLevelTwo } from '$lib/domain/calls';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { wallTimeToUtc } from '$lib/i18n/dates';
import { entityUrl, kindOf } from '$lib/kinds/registry';
import { getSettings } from '$lib/server/app/settings';
import { read, writeTx } from '$lib/server/db/driver';
import { announceChange, checkOrThrow, createEntitiesInTx, storeNewEntities } from '$lib/server/entities/pipeline';
import { assertMay, assertMayOn, type Principal } from '$lib/server/access/guard';
import type { JobHandler } from '$lib/server/jobs/worker';
import { notify } from '$lib/server/notifications/notify';
import { assertMayCall } from './calls';

const YEAR_MS = 366 * 86_400_000;

/** Schedules a callback after the call `callId`, for its customer, due at the wall time typed in `timeZone`. */
export async function scheduleCallback(callId: string, raw: unknown, principal: Principal, timeZone: string): Promise<{ id: string }> {
	assertMayCall(principal);
	const input = parseOrThrow(callbackInput, raw);
	await assertMayOn(principal, callId, 'view');
	const dueAt = wallTimeToUtc(input.dueAt, timeZone);
	const due = dueAt ? Date.parse(dueAt) : NaN;
	if (!dueAt || due < Date.now() - 60_000 || due > Date.now() + YEAR_MS) throw new DomainError('INVALID_INPUT', 'calls.error.dueAt', 422, {}, { dueAt: 'calls.error.dueAt' });
	const assigneeId = input.assigneeId ?? principal.id;
	const [row] = await read<{ id: string; number: string; customer: { id: string; name: string } | null; assignee: { id: string; name: string } | null }>('calls/call-customer', { callId, assigneeId });
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	if (!row.assignee) throw new DomainError('INVALID_INPUT', 'calls.error.assignee', 422, {}, { assigneeId: 'calls.error.assignee' });
	const id = randomUUID();
	await writeTx(async (tx) => {
		const settings = await getSettings(tx);
		const values = { name: row.customer?.name ?? row.number, status: 'scheduled', dueAt, customerName: row.customer?.name ?? '', assigneeName: row.assignee!.name, note: input.note };
		const props = checkOrThrow(kindOf('Callback'), values, { actor: principal, settings, system: true });
		await Promise.all([
			storeNewEntities(tx, [{ id, type: 'Callback', props: { ...props, ownerId: assigneeId } }], principal),
			tx.query('calls/link-callback', { callbackId: id, callId, customerId: row.customer?.id ?? null, actorId: principal.id }),
			announceChange(tx, { id, type: 'Callback', name: String(props.name) }, 'created', principal)
		]);
		if (assigneeId !== principal.id) await notify(tx, { userIds: [assigneeId], title: 'calls.alert.callbackAssigned', params: { customer: String(props.name) }, link: entityUrl('Callback', id) });
	});
	return { id };
}

/** A callback made (done) or called off (cancelled) by whoever may change it; 409 once it is not scheduled any more. */
export async function closeCallback(id: string, status: 'done' | 'cancelled', principal: Principal): Promise<void> {
	assertMayCall(principal);
	await assertMayOn(principal, id, 'change');
	const closed = await writeTx(async (tx) => {
		const fields = JSON.stringify([{ field: 'status', before: 'scheduled', after: status }]);
		const [row] = await tx.query<{ id: string; name: string }>('calls/set-callback-status', { id, status, actorId: principal.id, fields });
		if (row) await announceChange(tx, { id, type: 'Callback', name: row.name }, 'updated', principal);
		return row;
	});
	if (!closed) throw new DomainError('CALLBACK_CLOSED', 'calls.error.callbackClosed', 409);
}

/** The job that reminds each callback's owner before it is due (once: the callback is marked). */
export const callbackReminders: JobHandler = async () => {
	const now = new Date();
	const until = new Date(now.getTime() + REMIND_BEFORE_MINUTES * 60_000).toISOString();
	return writeTx(async (tx) => {
		const due = await tx.query<{ id: string; name: string; ownerId: string; customerName: string; dueAt: string }>('calls/due-callbacks', { until, now: now.toISOString() });
		for (const b of due) await notify(tx, { userIds: [b.ownerId], title: 'calls.alert.callbackDue', params: { customer: b.name, at: `${b.dueAt.slice(0, 16).replace('T', ' ')} UTC` }, link: entityUrl('Callback', b.id) });
		return { reminded: due.length };
	});
};

export interface OverdueCallback {
	id: string;
	name: string;
	dueAt: string;
	customerName: string;
	assigneeName: string;
}

/** Callbacks past due: the principal's own, or everyone's for level 2. */
export function overdueCallbacks(principal: Principal, limit = 20): Promise<OverdueCallback[]> {
	return read<OverdueCallback>('calls/overdue-callbacks', { now: new Date().toISOString(), ownerId: isLevelTwo(principal.role) ? null : principal.id, limit });
}

/** A level-1 operator hands a call (or its file) to level 2 with a reason: marked, recorded, and level 2 told at once. */
export async function escalateCall(id: string, raw: unknown, principal: Principal): Promise<void> {
	assertMayCall(principal);
	const input = parseOrThrow(escalationInput, raw);
	await assertMayOn(principal, id, 'change');
	await writeTx(async (tx) => {
		const fields = JSON.stringify([{ field: 'escalationReason', before: null, after: input.reason }]);
		const [row] = await tx.query<{ name: string; userIds: string[] }>('calls/escalate', { id, reason: input.reason, actorId: principal.id, fields, roles: ['supervisor', 'manager', 'admin'] });
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		await Promise.all([
			announceChange(tx, { id, type: 'Call', name: row.name }, 'updated', principal),
			notify(tx, { userIds: row.userIds, title: 'calls.alert.escalated', params: { call: row.name, reason: input.reason }, link: entityUrl('Call', id) })
		]);
	});
}


/** The customer a call is with (null for an unknown number); null too for a call that does not exist. */
export async function customerOfCall(callId: string): Promise<{ number: string; customerId: string | null } | null> {
	const [call] = await read<{ number: string; customer: { id: string } | null }>('calls/call-customer', { callId, assigneeId: null });
	return call ? { number: call.number, customerId: call.customer?.id ?? null } : null;
}

/**
 * A contact for the unknown number of a call (at wrap-up): created with that number through the
 * write pipeline, and the call related to it. 409 when the call already has its customer.
 */
export async function createCallerContact(callId: string, raw: unknown, principal: Principal): Promise<{ id: string }> {
	assertMayCall(principal);
	assertMay(principal, 'Contact', 'create');
	await assertMayOn(principal, callId, 'change');
	const call = await customerOfCall(callId);
	if (!call) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	if (call.customerId) throw new DomainError('CALLER_KNOWN', 'calls.error.callerKnown', 409);
	const values = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	return writeTx(async (tx) => {
		const settings = await getSettings(tx);
		const [id] = await createEntitiesInTx(tx, kindOf('Contact'), [{ values: { firstName: values.firstName, lastName: values.lastName, phones: [call.number] } }], { actor: principal, settings });
		const [related] = await tx.query('calls/relate-caller', { callId, customerId: id, actorId: principal.id });
		if (!related) throw new DomainError('CALLER_KNOWN', 'calls.error.callerKnown', 409);
		await Promise.all([
			announceChange(tx, { id: id!, type: 'Contact', name: [values.firstName, values.lastName].filter(Boolean).join(' ') }, 'created', principal),
			announceChange(tx, { id: callId, type: 'Call', name: callId }, 'updated', principal)
		]);
		return { id: id! };
	});
}
