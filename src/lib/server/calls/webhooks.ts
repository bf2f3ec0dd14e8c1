/**
 * Twilio's webhooks (/api/twilio/*): each request's X-Twilio-Signature is checked with the SDK
 * against the public URL configured in the settings, not the URL this server sees (behind a proxy
 * they differ); an unsigned or altered request is refused with 403 before anything is read or written.
 */
import { recordingCallback, statusCallback } from '$lib/domain/calls';
import { read } from '$lib/server/db/driver';
import { browserCall, type StoredCall } from './calls';
import { receiveCall } from './inbound';
import { twilioAccount, type TwilioAccount } from './settings';
import { applyStatus, attachRecording } from './status';
import { dialTwiml, sayTwiml, validSignature } from './twilio';

export type WebhookHandler = (params: Record<string, string>, query: URLSearchParams, account: TwilioAccount) => Promise<Response>;

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
const twiml = (xml: string) => new Response(xml, { headers: { 'content-type': 'text/xml; charset=utf-8' } });

/** Runs `handler` on a request Twilio signed; 403 otherwise, with nothing written. */
export async function twilioWebhook(request: Request, url: URL, handler: WebhookHandler): Promise<Response> {
	const account = await twilioAccount();
	if (!account) return plain(403, 'The call centre is simulated: there is no Twilio account to check this request against.');
	const form = await request.formData().catch(() => null);
	if (!form) return plain(400, 'A Twilio webhook sends form fields (application/x-www-form-urlencoded).');
	const params: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') params[key] = value;
	const publicUrl = `${account.publicBaseUrl}${url.pathname}${url.search}`;
	if (!validSignature(account, request.headers.get('x-twilio-signature'), publicUrl, params)) {
		console.warn(`Refused a Twilio webhook without a valid signature: ${url.pathname} (${params.CallSid ?? 'no CallSid'})`);
		return plain(403, 'The request is not signed by Twilio for this URL.');
	}
	return handler(params, url.searchParams, account);
}

export const onStatus: WebhookHandler = async (params, query) => {
	const parsed = statusCallback.safeParse(params);
	if (!parsed.success) return plain(400, 'A status callback needs a CallSid and a CallStatus Twilio knows.');
	await applyStatus({ callId: query.get('call'), callSid: parsed.data.CallSid, status: parsed.data.CallStatus, duration: parsed.data.CallDuration });
	return new Response(null, { status: 204 });
};

export const onRecording: WebhookHandler = async (params, query) => {
	const parsed = recordingCallback.safeParse(params);
	if (!parsed.success) return plain(400, 'A recording callback needs a CallSid, a RecordingSid and a RecordingUrl.');
	await attachRecording({ callId: query.get('call'), callSid: parsed.data.CallSid, url: parsed.data.RecordingUrl, recordingSid: parsed.data.RecordingSid });
	return new Response(null, { status: 204 });
};

/** Once the operator's own phone answers an outbound call: dial the customer, recording both sides. */
export const onBridge: WebhookHandler = async (_params, query, account) => {
	const id = query.get('call');
	const [call] = id ? await read<StoredCall>('calls/call', { id }) : [];
	if (!call) return twiml(sayTwiml('This call is no longer known. Goodbye.'));
	return twiml(dialTwiml(call.number, account.callerIds[0]!, `${account.publicBaseUrl}/api/twilio/recording?call=${call.id}`));
};

/** A call to one of our numbers: logged, popped on the operators' screens, and queued until one takes it. */
export const onIncoming: WebhookHandler = async (params) => {
	if (!params.CallSid || !params.From) return plain(400, 'An incoming call needs a CallSid and a From number.');
	return twiml(await receiveCall({ callSid: params.CallSid, from: params.From }));
};

/** The TwiML App's voice URL: the operator calls from the browser (Voice SDK). */
export const onVoice: WebhookHandler = async (params, _query, account) => twiml(await browserCall(account, params));
