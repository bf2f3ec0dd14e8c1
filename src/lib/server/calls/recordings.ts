/**
 * A call's recording for the reader: a simulated call's is generated (./wav.ts); a Twilio call's is
 * fetched from Twilio with the account's credentials (its URLs need them) and passed on.
 */
import { DomainError } from '$lib/domain/errors';
import { assertMayOn, type Principal } from '$lib/server/access/guard';
import { read } from '$lib/server/db/driver';
import { twilioAccount } from './settings';
import { simulatedRecording } from './wav';

export async function recordingOf(id: string, principal: Principal): Promise<Buffer> {
	await assertMayOn(principal, id, 'view');
	const [call] = await read<{ recordingUrl: string | null; duration: number | null }>('calls/recording', { id });
	if (!call?.recordingUrl) throw new DomainError('NOT_FOUND', 'calls.error.noRecording', 404);
	if (call.recordingUrl.startsWith('/calls/')) return simulatedRecording(call.duration ?? 1);
	const account = await twilioAccount();
	if (!account) throw new DomainError('NOT_FOUND', 'calls.error.noRecording', 404);
	const response = await fetch(`${call.recordingUrl}.wav`, { headers: { authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}` } });
	if (!response.ok) throw new DomainError('NOT_FOUND', 'calls.error.noRecording', 404);
	return Buffer.from(await response.arrayBuffer());
}
