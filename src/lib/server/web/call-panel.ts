/**
 * What the call centre adds to a call's page (hang up while it lasts, its recording, the wrap-up,
 * a callback to schedule, an escalation to level 2) and to a callback's (made, called off); the
 * form actions delegate to the calls room.
 */
import { CALL_OUTCOMES, mayCall, TERMINAL_STATUSES, type CallPanel, type CallStatus } from '$lib/domain/calls';
import { maySell } from '$lib/domain/sales';
import type { SessionUser } from '$lib/server/auth/sessions';
import { wrapUpCall } from '$lib/server/calls/calls';
import { closeCallback, createCallerContact, customerOfCall, escalateCall, scheduleCallback } from '$lib/server/calls/follow-ups';
import { recordAction } from './entity-actions';

export async function callPanel(type: string, entity: Record<string, unknown>, user: SessionUser): Promise<CallPanel | null> {
	const may = mayCall(user.role);
	if (type === 'Callback') return { kind: 'callback', open: entity.status === 'scheduled' && may };
	if (type !== 'Call') return null;
	const customerId = (await customerOfCall(String(entity.id)))?.customerId ?? null;
	const live = !TERMINAL_STATUSES.includes(entity.status as CallStatus);
	return {
		kind: 'call',
		live,
		recording: entity.recordingUrl ? `/calls/${String(entity.id)}/recording` : null,
		outcomes: CALL_OUTCOMES,
		mayWrapUp: may,
		mayEscalate: may && !entity.escalated,
		// An unknown number: the operator may make the caller a contact.
		unknownCaller: may && !customerId && user.access.Contact.create !== 'none',
		// An order taken on this call, for its customer.
		orderUrl: customerId && maySell(user.role, 'order') ? `/orders/new?customer=${customerId}&call=${String(entity.id)}` : null
	};
}

export const callActions = {
	wrapUp: recordAction((id, form, user) => wrapUpCall(id, form, user), () => 'calls.wrappedUp'),
	callback: recordAction((id, form, user, locals) => scheduleCallback(id, form, user, locals.dateFormat.timeZone), () => 'calls.callbackScheduled'),
	escalate: recordAction((id, form, user) => escalateCall(id, form, user), () => 'calls.escalatedDone'),
	newCaller: recordAction((id, form, user) => createCallerContact(id, form, user), () => 'calls.callerCreated'),
	closeCallback: recordAction(
		(id, form, user) => closeCallback(id, form.status === 'cancelled' ? 'cancelled' : 'done', user),
		(form) => (form.status === 'cancelled' ? 'calls.callbackCancelled' : 'calls.callbackDone')
	)
};
