/**
 * The telephony settings: the Twilio account the call centre calls through, its secrets sealed at
 * rest and never given back to a page. Without an account SID, auth token and public URL for the
 * webhooks, the call centre runs simulated (./simulator.ts).
 */
import { telephonySettingsInput, type TelephonySettingsView } from '$lib/domain/calls';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { can } from '$lib/domain/roles';
import { seal, unseal } from '$lib/server/app/secrets';
import { read, write } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';

interface Stored {
	accountSid: string | null;
	apiKeySid: string | null;
	apiKeySecret: string | null;
	authToken: string | null;
	twimlAppSid: string | null;
	callerIds: string[];
	publicBaseUrl: string | null;
}

/** What the server calls Twilio with, secrets opened. */
export interface TwilioAccount {
	accountSid: string;
	authToken: string;
	publicBaseUrl: string;
	callerIds: string[];
	/** For the browser's Voice SDK: an API key and the TwiML App whose voice URL dials. */
	apiKeySid: string | null;
	apiKeySecret: string | null;
	twimlAppSid: string | null;
}

/** Enough to call through Twilio: an account, its auth token and the URL Twilio reaches us at. */
const configured = (s: Stored | null): s is Stored & { accountSid: string; authToken: string; publicBaseUrl: string } => Boolean(s?.accountSid && s.authToken && s.publicBaseUrl);

async function stored(): Promise<Stored | null> {
	const [row] = await read<Stored>('calls/settings');
	return row ?? null;
}

export async function telephonySettingsView(): Promise<TelephonySettingsView> {
	const s = await stored();
	return {
		accountSid: s?.accountSid ?? null,
		apiKeySid: s?.apiKeySid ?? null,
		twimlAppSid: s?.twimlAppSid ?? null,
		callerIds: s?.callerIds ?? [],
		publicBaseUrl: s?.publicBaseUrl ?? null,
		hasApiKeySecret: Boolean(s?.apiKeySecret),
		hasAuthToken: Boolean(s?.authToken),
		simulated: !configured(s)
	};
}

export async function saveTelephonySettings(raw: unknown, actor: Actor): Promise<void> {
	if (!can(actor.role, 'settings:admin')) throw new DomainError('FORBIDDEN', 'error.forbidden', 403, { role: `role.${actor.role}` });
	const input = parseOrThrow(telephonySettingsInput, raw);
	await write('calls/save-settings', {
		accountSid: input.accountSid ?? null,
		apiKeySid: input.apiKeySid ?? null,
		twimlAppSid: input.twimlAppSid ?? null,
		callerIds: input.callerIds,
		publicBaseUrl: input.publicBaseUrl ?? null,
		apiKeySecret: input.apiKeySecret ? seal(input.apiKeySecret) : null,
		authToken: input.authToken ? seal(input.authToken) : null,
		actorId: actor.id
	});
}

/** The Twilio account to call through; null: the call centre is simulated. */
export async function twilioAccount(): Promise<TwilioAccount | null> {
	const s = await stored();
	if (!configured(s)) return null;
	return {
		accountSid: s.accountSid,
		authToken: unseal(s.authToken),
		publicBaseUrl: s.publicBaseUrl,
		callerIds: s.callerIds,
		apiKeySid: s.apiKeySid,
		apiKeySecret: s.apiKeySecret ? unseal(s.apiKeySecret) : null,
		twimlAppSid: s.twimlAppSid
	};
}
