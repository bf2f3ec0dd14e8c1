/**
 * A local stand-in of the few endpoints of Twilio's REST API the call centre uses (create a call,
 * update a call), so that the real `twilio` SDK is exercised end to end without an account: it
 * checks the Basic credentials and the fields Twilio requires, answers in Twilio's JSON shape, and
 * keeps every request it received. Point the SDK at it with TWILIO_API_BASE.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
	method: string;
	path: string;
	form: Record<string, string | string[]>;
}

export interface TwilioStandIn {
	url: string;
	requests: StandInRequest[];
	close(): Promise<void>;
}

function formOf(body: string): Record<string, string | string[]> {
	const form: Record<string, string | string[]> = {};
	for (const [key, value] of new URLSearchParams(body)) {
		const seen = form[key];
		form[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
	}
	return form;
}

const read = (req: IncomingMessage) =>
	new Promise<string>((resolve) => {
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
		req.on('end', () => resolve(body));
	});

export async function startTwilioStandIn(credentials: { accountSid: string; authToken: string }): Promise<TwilioStandIn> {
	const requests: StandInRequest[] = [];
	const expected = `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString('base64')}`;
	const server: Server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
		const form = formOf(await read(req));
		requests.push({ method: req.method ?? '', path, form });
		const reply = (status: number, body: Record<string, unknown>) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		const error = (status: number, code: number, message: string) => reply(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
		if (req.headers.authorization !== expected) return error(401, 20003, 'Authenticate');
		const base = `/2010-04-01/Accounts/${credentials.accountSid}/Calls`;
		const call = (sid: string, status: string, to: string, from: string) => ({
			sid,
			account_sid: credentials.accountSid,
			status,
			to,
			from,
			direction: 'outbound-api',
			date_created: new Date().toUTCString().replace('GMT', '+0000'),
			uri: `${base}/${sid}.json`
		});
		if (req.method === 'POST' && path === `${base}.json`) {
			const { To, From, Url, Twiml } = form as Record<string, string | undefined>;
			if (!To || !/^\+[1-9]\d{6,14}$/.test(To)) return error(400, 21211, `The 'To' number ${To ?? ''} is not a valid phone number.`);
			if (!From) return error(400, 21603, "A 'From' phone number is required.");
			if (!Url && !Twiml) return error(400, 21205, 'Url parameter is required.');
			return reply(201, call(`CA${randomBytes(16).toString('hex')}`, 'queued', To, From));
		}
		const update = path.match(new RegExp(`^${base}/(CA[0-9a-f]{32})\\.json$`));
		if (req.method === 'POST' && update) return reply(200, call(update[1]!, String(form.Status ?? 'in-progress'), '', ''));
		return error(404, 20404, 'The requested resource was not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
