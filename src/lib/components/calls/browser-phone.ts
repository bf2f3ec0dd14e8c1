/**
 * Calls from the browser through Twilio's Voice SDK, when the telephony settings have an API key and a
 * TwiML App (GET /api/calls/token says so): the SDK loads with the first call, not with the page.
 * Otherwise (simulated, or Twilio ringing the operator's own phone) the server places the call.
 */
type Mode = { mode: 'browser'; token: string; identity: string } | { mode: 'bridge' | 'simulated' };

export interface BrowserCall {
	/** The SDK's call events, as the call button shows them. */
	onStatus(listener: (status: 'ringing' | 'in_progress' | 'completed' | 'failed', detail?: string) => void): void;
	hangUp(): void;
}

let mode: Promise<Mode> | null = null;

/** How this operator calls: asked once per page. */
export function phoneMode(): Promise<Mode> {
	mode ??= fetch('/api/calls/token').then(async (response) => (response.ok ? ((await response.json()) as Mode) : { mode: 'simulated' as const }));
	return mode;
}

/** Dials `number` from the browser (the TwiML App's voice URL logs the call and dials it). */
export async function dialFromBrowser(token: string, number: string): Promise<BrowserCall> {
	const { Device } = await import('@twilio/voice-sdk');
	const device = new Device(token, { logLevel: 'warn', closeProtection: true });
	const call = await device.connect({ params: { To: number } });
	return {
		onStatus(listener) {
			call.on('ringing', () => listener('ringing'));
			call.on('accept', () => listener('in_progress'));
			call.on('disconnect', () => {
				listener('completed');
				device.destroy();
			});
			call.on('error', (error: { message?: string }) => listener('failed', error.message));
		},
		hangUp: () => call.disconnect()
	};
}
