/**
 * Everything that speaks Twilio, through its own SDK: the REST client (calls placed and ended), the
 * TwiML the webhooks answer with, and the check of a webhook's signature. TWILIO_API_BASE points the REST client at another host (the tests' local stand-in of
 * Twilio's API); the SDK has no option for it, so its request client rewrites each request's origin.
 */
import twilio from 'twilio';
import type { TwilioAccount } from './settings';

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0];

class RedirectedRequestClient extends twilio.RequestClient {
	constructor(private readonly base: URL) {
		super();
	}

	override request<T>(opts: RequestOptions & { data?: T }) {
		const uri = new URL(opts.uri);
		uri.protocol = this.base.protocol;
		uri.host = this.base.host;
		return super.request<T>({ ...opts, uri: uri.href });
	}
}

export function restClient(account: TwilioAccount): twilio.Twilio {
	const base = process.env.TWILIO_API_BASE?.trim();
	return twilio(account.accountSid, account.authToken, base ? { httpClient: new RedirectedRequestClient(new URL(base)) } : {});
}

/** Places a call: Twilio calls `to` and, once answered, asks `twimlUrl` what to do; progress goes to `statusUrl`. */
export async function placeCall(account: TwilioAccount, call: { to: string; from: string; twimlUrl: string; statusUrl: string }): Promise<string> {
	const created = await restClient(account).calls.create({
		to: call.to,
		from: call.from,
		url: call.twimlUrl,
		statusCallback: call.statusUrl,
		statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
		statusCallbackMethod: 'POST'
	});
	return created.sid;
}

export async function hangUp(account: TwilioAccount, callSid: string): Promise<void> {
	await restClient(account).calls(callSid).update({ status: 'completed' });
}

/** A Voice SDK token for the operator `identity`: outgoing calls through the TwiML App, incoming allowed. Null without an API key and a TwiML App. */
export function voiceToken(account: TwilioAccount, identity: string): string | null {
	if (!account.apiKeySid || !account.apiKeySecret || !account.twimlAppSid) return null;
	const token = new twilio.jwt.AccessToken(account.accountSid, account.apiKeySid, account.apiKeySecret, { identity, ttl: 3600 });
	token.addGrant(new twilio.jwt.AccessToken.VoiceGrant({ outgoingApplicationSid: account.twimlAppSid, incomingAllow: true }));
	return token.toJwt();
}

/**
 * TwiML: connect the caller to `number`, showing `callerId`, recording both sides once answered;
 * with `statusUrl`, the dialled leg's progress goes there (a call from the browser, whose own leg is
 * the operator's).
 */
export function dialTwiml(number: string, callerId: string, recordingUrl: string, statusUrl?: string): string {
	const response = new twilio.twiml.VoiceResponse();
	const dial = response.dial({ callerId, answerOnBridge: true, record: 'record-from-answer', recordingStatusCallback: recordingUrl });
	if (statusUrl) dial.number({ statusCallback: statusUrl, statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'], statusCallbackMethod: 'POST' }, number);
	else dial.number(number);
	return response.toString();
}

/** TwiML: hold the caller in the queue `queue` until an operator takes them. */
export function enqueueTwiml(queue: string, greeting: string): string {
	const response = new twilio.twiml.VoiceResponse();
	response.say(greeting);
	response.enqueue(queue);
	return response.toString();
}

/** TwiML: a sentence, then the end of the call (a refused or impossible request). */
export function sayTwiml(sentence: string): string {
	const response = new twilio.twiml.VoiceResponse();
	response.say(sentence);
	response.hangup();
	return response.toString();
}

/** Whether a webhook's X-Twilio-Signature is Twilio's for the public URL it was sent to and its form fields. */
export function validSignature(account: TwilioAccount, signature: string | null, publicUrl: string, params: Record<string, string>): boolean {
	return signature !== null && twilio.validateRequest(account.authToken, signature, publicUrl, params);
}
