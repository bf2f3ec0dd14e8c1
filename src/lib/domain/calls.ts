/**
 * The call centre: calls as Twilio reports them (direction, status), what the operator says of one
 * at wrap-up (its outcome), who may call, and the inputs of the telephony settings and the dialer.
 */
import { z } from 'zod';
import { STAFF_ROLES, type Role } from './roles';

export const CALL_DIRECTIONS = ['outbound', 'inbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/**
 * Twilio's call statuses, in the order a call goes through them; the last five end it. Written with
 * underscores ("in_progress" for Twilio's "in-progress"): they are GraphQL enum values too.
 */
export const CALL_STATUSES = ['queued', 'initiated', 'ringing', 'in_progress', 'completed', 'busy', 'failed', 'no_answer', 'canceled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const TERMINAL_STATUSES: readonly CallStatus[] = ['completed', 'busy', 'failed', 'no_answer', 'canceled'];

/**
 * How far along a status is: a status callback moves a call on only to a later stage, so that a
 * late "ringing" never overwrites "completed" (Twilio's callbacks may arrive out of order).
 */
const STAGE: Record<CallStatus, number> = { queued: 0, initiated: 1, ringing: 2, in_progress: 3, completed: 4, busy: 4, failed: 4, no_answer: 4, canceled: 4 };
export const statusStage = (status: CallStatus): number => STAGE[status];

export const CALL_OUTCOMES = ['answered', 'no_answer', 'voicemail', 'wrong_number', 'callback_requested', 'order_taken', 'complaint'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const CALLBACK_STATUSES = ['scheduled', 'done', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
/** A callback's owner is reminded this long before it is due. */
export const REMIND_BEFORE_MINUTES = 5;

/** Operators call: agents (level 1) and everyone above them; viewers read the log only. */
export function mayCall(role: Role | null | undefined): boolean {
	if (!role || role === 'client') return false;
	return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('agent');
}

const blankIsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The dialer: a number as typed (normalised to E.164 on the server), and the record it belongs to, if known. */
export const dialInput = z.object({
	number: z.string({ error: 'calls.error.number' }).trim().min(1, { error: 'calls.error.number' }).max(40, { error: 'calls.error.number' }),
	entityId: z.preprocess(blankIsAbsent, z.string().uuid({ error: 'calls.error.entity' }).optional())
});

/** A callback: a local date and time (the form's datetime-local, read in the user's time zone), a note, who makes it. */
export const callbackInput = z.object({
	dueAt: z.string({ error: 'calls.error.dueAt' }).trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: 'calls.error.dueAt' }),
	note: z.preprocess((v) => v ?? '', z.string().trim().max(2000, { error: 'calls.error.note' })),
	assigneeId: z.preprocess(blankIsAbsent, z.string().trim().max(64).optional())
});

export const escalationInput = z.object({
	reason: z.string({ error: 'calls.error.reason' }).trim().min(3, { error: 'calls.error.reason' }).max(1000, { error: 'calls.error.reason' })
});

/** Level 2 of the call centre (the specialists a call is escalated to): supervisors and above. */
export function isLevelTwo(role: Role | null | undefined): boolean {
	return Boolean(role && role !== 'client' && STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf('supervisor'));
}

export const wrapUpInput = z.object({
	outcome: z.enum(CALL_OUTCOMES, { error: 'calls.error.outcome' }),
	notes: z.preprocess((v) => v ?? '', z.string().trim().max(5000, { error: 'calls.error.notes' }))
});

const sid = (prefix: string, message: string) => z.preprocess(blankIsAbsent, z.string().trim().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), { error: message }).optional());

/**
 * The telephony settings an administrator enters. Secrets (API secret, auth token) left blank keep
 * the stored ones: they are never shown again, so the form cannot send them back.
 */
export const telephonySettingsInput = z.object({
	accountSid: sid('AC', 'calls.error.accountSid'),
	apiKeySid: sid('SK', 'calls.error.apiKeySid'),
	apiKeySecret: z.preprocess(blankIsAbsent, z.string().trim().min(8, { error: 'calls.error.secret' }).max(200, { error: 'calls.error.secret' }).optional()),
	authToken: z.preprocess(blankIsAbsent, z.string().trim().min(8, { error: 'calls.error.secret' }).max(200, { error: 'calls.error.secret' }).optional()),
	twimlAppSid: sid('AP', 'calls.error.twimlAppSid'),
	callerIds: z.preprocess(
		(v) => (typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : (v ?? [])),
		z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'calls.error.callerId' })).max(20, { error: 'calls.error.callerId' })
	),
	publicBaseUrl: z.preprocess(
		blankIsAbsent,
		z
			.string()
			.trim()
			.url({ error: 'calls.error.publicBaseUrl' })
			.refine((u) => /^https?:\/\//.test(u), { error: 'calls.error.publicBaseUrl' })
			.transform((u) => u.replace(/\/+$/, ''))
			.optional()
	)
});
export type TelephonySettingsInput = z.output<typeof telephonySettingsInput>;

/** What the settings page shows: never a secret, only whether one is stored. */
export interface TelephonySettingsView {
	accountSid: string | null;
	apiKeySid: string | null;
	twimlAppSid: string | null;
	callerIds: string[];
	publicBaseUrl: string | null;
	hasApiKeySecret: boolean;
	hasAuthToken: boolean;
	/** No account to call through: the call centre simulates its calls. */
	simulated: boolean;
}

/** A status callback's fields that matter here (Twilio sends strings). */
export const statusCallback = z.object({
	CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/),
	CallStatus: z
		.string()
		.transform((status) => status.replace('-', '_'))
		.pipe(z.enum(CALL_STATUSES)),
	CallDuration: z.coerce.number().int().min(0).optional(),
	ParentCallSid: z.string().optional()
});

export const recordingCallback = z.object({
	CallSid: z.string().regex(/^CA[0-9a-fA-F]{32}$/),
	RecordingSid: z.string().regex(/^RE[0-9a-fA-F]{32}$/),
	RecordingUrl: z.string().url(),
	RecordingStatus: z.string().optional(),
	RecordingDuration: z.coerce.number().int().min(0).optional()
});

/** A caller found by its number: what the operator's screen pops. */
export interface CallerMatch {
	id: string;
	type: 'Contact' | 'Organisation';
	name: string;
}

/** The card an incoming call pops when one record has the number: its standing, balance, latest orders and calls. */
export interface CallerCard {
	status: string | null;
	balance: number;
	currency: string;
	orders: { id: string; number: string; orderedOn: string; total: number }[];
	calls: { id: string; direction: CallDirection; startedAt: string; outcome: CallOutcome | null }[];
}

/** What a call's page shows besides its fields (live, its recording, the forms), or a callback's (whether it can be closed). */
export type CallPanel =
	| { kind: 'call'; live: boolean; recording: string | null; outcomes: readonly CallOutcome[]; mayWrapUp: boolean; mayEscalate: boolean; unknownCaller: boolean; orderUrl: string | null }
	| { kind: 'callback'; open: boolean };
