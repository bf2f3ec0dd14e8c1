/**
 * What the call centre adds to a call's page: whether it is still live (hang up), its recording,
 * and the wrap-up form; the form action delegates to the calls room.
 */
import { CALL_OUTCOMES, mayCall, TERMINAL_STATUSES, type CallPanel, type CallStatus } from '$lib/domain/calls';
import type { SessionUser } from '$lib/server/auth/sessions';
import { wrapUpCall } from '$lib/server/calls/calls';
import { recordAction } from './entity-actions';

export function callPanel(type: string, entity: Record<string, unknown>, user: SessionUser): CallPanel | null {
	if (type !== 'Call') return null;
	const live = !TERMINAL_STATUSES.includes(entity.status as CallStatus);
	return { live, recording: entity.recordingUrl ? `/calls/${String(entity.id)}/recording` : null, outcomes: CALL_OUTCOMES, mayWrapUp: mayCall(user.role) };
}

export const callActions = {
	wrapUp: recordAction((id, form, user) => wrapUpCall(id, form, user), () => 'calls.wrappedUp')
};
