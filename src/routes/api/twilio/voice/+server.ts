import type { RequestHandler } from './$types';
import { onVoice, twilioWebhook } from '$lib/server/calls/webhooks';

/** Twilio's webhook, signed (X-Twilio-Signature) for the public URL of the telephony settings. */
export const POST: RequestHandler = ({ request, url }) => twilioWebhook(request, url, onVoice);
