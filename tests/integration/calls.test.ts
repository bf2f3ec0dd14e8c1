/**
 * The call centre on the real database: simulated calls walking Twilio's statuses; with a Twilio
 * account, the real SDK calling a local stand-in of Twilio's REST API, and webhooks signed with the
 * SDK's own signature function (valid, tampered, unsigned, late, repeated); incoming calls popped
 * and taken once; wrap-up; secrets sealed at rest.
 */
process.env.SECRETS_KEY ??= Buffer.alloc(32, 7).toString('base64');
process.env.SIMULATED_TALK_MS = '300';

import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainError } from '../../src/lib/domain/errors';
import type { SessionUser } from '../../src/lib/server/auth/sessions';
import { browserPhone, startCall, storeCall, wrapUpCall } from '../../src/lib/server/calls/calls';
import { callStatistics, callStatisticsCsv, parseCallStatisticsQuery } from '../../src/lib/server/calls/statistics';
import { writeTx } from '../../src/lib/server/db/driver';
import { callStatisticsPdf } from '../../src/lib/server/documents/call-statistics';
import { readPdf } from '../support/pdf-text';
import { callbackReminders, closeCallback, createCallerContact, escalateCall, overdueCallbacks, scheduleCallback } from '../../src/lib/server/calls/follow-ups';
import { simulateCallFrom, takeCall, TELEPHONY } from '../../src/lib/server/calls/inbound';
import { notificationsOf } from '../../src/lib/server/notifications/notify';
import { stepOrder } from '../../src/lib/server/sales/order-steps';
import { createOrder } from '../../src/lib/server/sales/orders';
import { callersOf } from '../../src/lib/server/calls/lookup';
import { recordingOf } from '../../src/lib/server/calls/recordings';
import { saveTelephonySettings, telephonySettingsView } from '../../src/lib/server/calls/settings';
import { onBridge, onIncoming, onRecording, onStatus, onVoice, twilioWebhook, type WebhookHandler } from '../../src/lib/server/calls/webhooks';
import { execute, query, useDatabase } from '../support/db';
import { staff } from '../support/events';
import { admin, createContact } from '../support/fixtures';
import { product, staffUser } from '../support/sales';
import { startTwilioStandIn, type TwilioStandIn } from '../support/twilio-stand-in';
import { refusal } from '../support/refusal';

useDatabase();

const hex = () => randomBytes(16).toString('hex');
const ACCOUNT = { accountSid: `AC${hex()}`, authToken: `token-${hex()}` };
const PUBLIC = 'https://crm.example.test';
const CALLER_ID = '+213555000999';

let operator: SessionUser;
let operatorContact: string;
let customer: { id: string; phone: string };

const callOf = (id: string) =>
	query<Record<string, unknown>>(
		`MATCH (c:Call {id: $id})
		 RETURN c {.*, customer: [(c)-[:IS_A_CALL_WITH]->(x) | x.id][0], operator: [(o)-[:HANDLED_THE_CALL]->(c) | o.id][0]} AS call`,
		{ id }
	).then((rows) => rows[0]?.call as Record<string, unknown> & { status: string; updatedAt: string });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 8_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await new Promise((r) => setTimeout(r, 50));
	}
}

const countCalls = async () => (await query<{ n: number }>('MATCH (c:Call) RETURN count(c) AS n'))[0]!.n;

beforeAll(async () => {
	await execute('MATCH (s:TelephonySettings) DELETE s');
	const user = await staffUser('agent');
	operator = staff('agent', user.id);
	[{ id: operatorContact }] = (await query<{ id: string }>('MATCH (:User {id: $id})-[:HAS_CONTACT]->(c:Contact) RETURN c.id AS id', { id: user.id })) as [{ id: string }];
	// A number of its own, so that no other test's contact shares it.
	const phone = `+3361${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
	customer = { id: await createContact({ firstName: 'Nadia', lastName: `Caller ${hex().slice(0, 6)}`, phones: [phone] }, admin), phone };
});

describe('simulated calls (no Twilio account)', () => {
	it('walk a click-to-call from queued to completed, related to the customer and the operator, with a recording', async () => {
		expect((await telephonySettingsView()).simulated).toBe(true);
		expect(await browserPhone(operator)).toEqual({ mode: 'simulated' });
		const { id, simulated } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		expect(simulated).toBe(true);
		// The recording comes after the end, as Twilio's recording callback does.
		const ended = await until(() => callOf(id), (c) => Boolean(c.recordingUrl));
		expect(ended).toMatchObject({ status: 'completed', direction: 'outbound', number: customer.phone, customer: customer.id, operator: operatorContact, simulated: true, recordingUrl: `/calls/${id}/recording` });
		expect(ended.callSid).toMatch(/^CA[0-9a-f]{32}$/);
		expect(Number(ended.duration)).toBeGreaterThanOrEqual(1);
		const wav = await recordingOf(id, operator);
		expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
		expect(wav.subarray(8, 12).toString('ascii')).toBe('WAVE');
	});

	it('refuses a number that is not one and a role that does not call, writing nothing', async () => {
		const before = await countCalls();
		expect((await refusal(startCall({ number: '12' }, operator))).status).toBe(422);
		expect((await refusal(startCall({ number: '' }, operator))).fieldErrors).toHaveProperty('number');
		expect((await refusal(startCall({ number: customer.phone }, staff('viewer')))).status).toBe(403);
		expect(await countCalls()).toBe(before);
	});

	it('pop an incoming call with the caller found by number, let one of two racing operators take it, and keep the wrap-up', async () => {
		const found = await callersOf(customer.phone);
		expect(found.map((m) => m.id)).toEqual([customer.id]);
		expect((await refusal(simulateCallFrom({ number: customer.phone }, operator))).status).toBe(403);
		const { id, matches } = await simulateCallFrom({ number: customer.phone }, staff('supervisor'));
		expect(matches).toEqual([{ id: customer.id, type: 'Contact', name: expect.stringContaining('Nadia') }]);
		const [event] = await query<{ payload: string }>("MATCH (e:Event {type: 'call.incoming'}) WHERE e.payload CONTAINS $id RETURN e.payload AS payload", { id });
		const popped = JSON.parse(event!.payload);
		expect(popped).toMatchObject({ callId: id, number: customer.phone, matches });
		// The caller's card comes with it: nothing owed, and the outbound call of the first test among its latest calls.
		expect(popped.card).toMatchObject({ balance: 0, orders: [], currency: expect.stringMatching(/^[A-Z]{3}$/) });
		expect(popped.card.calls[0]).toMatchObject({ direction: 'outbound' });
		expect(await callOf(id)).toMatchObject({ direction: 'inbound', status: 'ringing', customer: customer.id, simulated: true });

		const other = await staffUser('agent');
		const results = await Promise.allSettled([takeCall(id, operator), takeCall(id, staff('agent', other.id))]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect((lost.reason as DomainError).code).toBe('CALL_TAKEN');
		await until(() => callOf(id), (c) => c.status === 'completed');

		await wrapUpCall(id, { outcome: 'order_taken', notes: 'Two 19 L bottles' }, operator);
		expect(await callOf(id)).toMatchObject({ outcome: 'order_taken', notes: 'Two 19 L bottles' });
		expect((await refusal(wrapUpCall(id, { outcome: 'maybe' }, operator))).status).toBe(422);
	});
});

describe('callbacks and escalations', () => {
	/** The wall time in Paris `minutes` from now, as a datetime-local field holds it. */
	const parisIn = (minutes: number) =>
		new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
			.format(new Date(Date.now() + minutes * 60_000))
			.replace(' ', 'T');

	it('schedule a callback for the call’s customer, remind its owner once before it is due, and list it once overdue', async () => {
		const { id: callId } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		const { id } = await scheduleCallback(callId, { dueAt: parisIn(3), note: 'Price of the 19 L' }, operator, 'Europe/Paris');
		const [stored] = await query<{ b: Record<string, unknown>; customer: string; call: string }>(
			'MATCH (b:Callback {id: $id}) RETURN b {.*} AS b, [(b)-[:IS_A_CALLBACK_FOR]->(c) | c.id][0] AS customer, [(b)-[:FOLLOWS_UP_THE_CALL]->(c) | c.id][0] AS call',
			{ id }
		);
		expect(stored).toMatchObject({ customer: customer.id, call: callId, b: { status: 'scheduled', ownerId: operator.id, note: 'Price of the 19 L' } });
		// The wall time in Paris, stored as the instant it names: three minutes from now, to the minute.
		expect(Math.abs(Date.parse(String(stored!.b.dueAt)) - (Date.now() + 3 * 60_000))).toBeLessThan(61_000);

		await callbackReminders({} as never);
		const reminded = (await notificationsOf(operator.id)).items.filter((n) => n.title === 'calls.alert.callbackDue' && n.link === `/callbacks/${id}`);
		expect(reminded).toHaveLength(1);
		await callbackReminders({} as never);
		expect((await notificationsOf(operator.id)).items.filter((n) => n.link === `/callbacks/${id}`)).toHaveLength(1);

		expect((await overdueCallbacks(operator)).map((c) => c.id)).not.toContain(id);
		await execute('MATCH (b:Callback {id: $id}) SET b.dueAt = $past', { id, past: new Date(Date.now() - 3_600_000).toISOString() });
		expect((await overdueCallbacks(operator)).map((c) => c.id)).toContain(id);
		expect((await overdueCallbacks(staff('agent', 'someone-else'))).map((c) => c.id)).not.toContain(id);
		expect((await overdueCallbacks(staff('supervisor'))).map((c) => c.id)).toContain(id);

		await closeCallback(id, 'done', operator);
		expect((await overdueCallbacks(operator)).map((c) => c.id)).not.toContain(id);
		expect((await refusal(closeCallback(id, 'cancelled', operator))).code).toBe('CALLBACK_CLOSED');
	});

	it('refuses a callback in the past, beyond a year or not a time, writing nothing', async () => {
		const { id: callId } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		const count = async () => (await query<{ n: number }>('MATCH (b:Callback) RETURN count(b) AS n'))[0]!.n;
		const before = await count();
		for (const dueAt of [parisIn(-120), parisIn(60 * 24 * 400), '2026-02-30T10:00', 'tomorrow']) {
			expect((await refusal(scheduleCallback(callId, { dueAt }, operator, 'Europe/Paris'))).fieldErrors).toHaveProperty('dueAt');
		}
		expect(await count()).toBe(before);
	});

	it('make an unknown caller a contact with the call’s number, once, the call related to it', async () => {
		const number = `+3362${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
		const { id, matches } = await simulateCallFrom({ number }, staff('supervisor'));
		expect(matches).toEqual([]);
		expect((await refusal(createCallerContact(id, { firstName: 'Yacine' }, operator))).fieldErrors).toHaveProperty('lastName');
		expect((await refusal(createCallerContact(id, { lastName: 'Nouveau' }, staff('viewer')))).status).toBe(403);
		const { id: contactId } = await createCallerContact(id, { firstName: 'Yacine', lastName: 'Nouveau' }, operator);
		expect(await callOf(id)).toMatchObject({ customer: contactId, customerName: 'Yacine Nouveau' });
		expect((await callersOf(number)).map((m) => m.id)).toEqual([contactId]);
		expect((await refusal(createCallerContact(id, { lastName: 'Again' }, operator))).code).toBe('CALLER_KNOWN');
	});

	it('escalate a call to level 2 with its reason: marked, in its history, level 2 told', async () => {
		const { id } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		const specialist = await staffUser('supervisor');
		expect((await refusal(escalateCall(id, { reason: '' }, operator))).fieldErrors).toHaveProperty('reason');
		await escalateCall(id, { reason: 'Disputes the last invoice' }, operator);
		expect(await callOf(id)).toMatchObject({ escalated: true, escalationReason: 'Disputes the last invoice', escalatedBy: operator.id });
		const told = (await notificationsOf(specialist.id)).items.find((n) => n.title === 'calls.alert.escalated' && n.link === `/calls/${id}`);
		expect(told?.params).toMatchObject({ reason: 'Disputes the last invoice' });
		const [history] = await query<{ n: number }>("MATCH (:Change {action: 'updated'})-[:ABOUT]->(:Call {id: $id}) RETURN count(*) AS n", { id });
		expect(history!.n).toBe(1);
	});
});

describe('call statistics', () => {
	/** A call of May 2017 (a month no other test has calls in), as the call centre stores one, then dated. */
	async function pastCall(startedAt: string, values: { direction: 'outbound' | 'inbound'; answeredSeconds: number | null; by: SessionUser | null }) {
		const id = crypto.randomUUID();
		await writeTx((tx) =>
			storeCall(
				tx,
				{ id, direction: values.direction, status: 'completed', number: customer.phone, callSid: null, customer: { id: customer.id, name: 'Nadia' }, operator: null, operatorName: values.by ? 'Operator' : '', simulated: true },
				values.by ?? TELEPHONY
			)
		);
		const answeredAt = values.answeredSeconds === null ? null : startedAt;
		await execute('MATCH (c:Call {id: $id}) SET c.startedAt = $startedAt, c.answeredAt = $answeredAt, c.duration = $duration', { id, startedAt, answeredAt, duration: values.answeredSeconds ?? 0 });
		return id;
	}

	beforeAll(async () => {
		await execute("MATCH (c:Call) WHERE c.startedAt >= '2017-05-01' AND c.startedAt < '2017-07-01' DETACH DELETE c");
		await pastCall('2017-05-02T09:00:00.000Z', { direction: 'outbound', answeredSeconds: 60, by: operator });
		await pastCall('2017-05-02T10:00:00.000Z', { direction: 'outbound', answeredSeconds: 120, by: operator });
		await pastCall('2017-05-02T23:30:00.000Z', { direction: 'outbound', answeredSeconds: null, by: operator });
		await pastCall('2017-05-03T08:00:00.000Z', { direction: 'inbound', answeredSeconds: null, by: null });
		await pastCall('2017-06-01T00:00:00.000Z', { direction: 'outbound', answeredSeconds: 30, by: operator });
	});

	it('count calls, answered, missed and handling time per period, and rank operators and customers', async () => {
		const stats = await callStatistics(parseCallStatisticsQuery(new URLSearchParams('from=2017-05-01&to=2017-05-31&period=day')));
		expect(stats.totals).toEqual({ calls: 4, answered: 2, missed: 1, talkSeconds: 180, answeredRate: 0.5, averageSeconds: 90 });
		expect(stats.series).toHaveLength(31);
		expect(stats.series.filter((d) => d.calls > 0)).toEqual([
			{ start: '2017-05-02', calls: 3, answered: 2, missed: 0, talkSeconds: 180 },
			{ start: '2017-05-03', calls: 1, answered: 0, missed: 1, talkSeconds: 0 }
		]);
		// The inbound call nobody took has no operator.
		expect(stats.top).toEqual([{ id: operatorContact, type: 'Contact', name: expect.any(String), calls: 3, answered: 2, missed: 0, talkSeconds: 180, revenue: 0 }]);
		const byCustomer = await callStatistics(parseCallStatisticsQuery(new URLSearchParams('from=2017-05-01&to=2017-05-31&by=customer')));
		expect(byCustomer.top).toEqual([expect.objectContaining({ id: customer.id, type: 'Contact', calls: 4, missed: 1 })]);
		const csv = callStatisticsCsv(stats, 'top', 'en');
		expect(csv.split('\r\n')[1]).toBe(`1,${stats.top[0]!.name},${operatorContact},3,2,0.667,0,90,0.00`);
		const { text } = await readPdf(await callStatisticsPdf({ locale: 'en', company: { name: 'Our Water Co', lines: [] }, stats, printedOn: '2017-06-02' }));
		for (const expected of ['Call statistics', 'Our Water Co', 'May 1, 2017', 'May 31, 2017', '50.0%', '1:30', stats.top[0]!.name, 'Page 1 of 1']) expect(text).toContain(expected);
		expect((await refusal(Promise.resolve().then(() => parseCallStatisticsQuery(new URLSearchParams('by=product'))))).fieldErrors).toHaveProperty('by');
	});
});

describe('orders taken on calls', () => {
	it('link the call to the order, set its outcome, and count as the operator’s revenue on calls once confirmed', async () => {
		const { id: callId } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		const water = await product({ unitPrice: 12.5, stock: null, taxRate: 0 });
		const { id: orderId } = await createOrder({ customerId: customer.id, channel: 'phone', lines: [{ productId: water.id, quantity: 4 }], callId }, operator);
		const [link] = await query<{ outcome: string }>('MATCH (c:Call {id: $callId})-[:LED_TO_THE_ORDER]->(:Order {id: $orderId}) RETURN c.outcome AS outcome', { callId, orderId });
		expect(link).toEqual({ outcome: 'order_taken' });
		const day = new Date().toISOString().slice(0, 10);
		const revenue = async () => (await callStatistics(parseCallStatisticsQuery(new URLSearchParams(`from=${day}&to=${day}`)))).top.find((row) => row.id === operatorContact)?.revenue;
		// A draft is not sold yet.
		expect(await revenue()).toBe(0);
		await stepOrder(orderId, { step: 'confirm' }, await staffUser('supervisor'));
		expect(await revenue()).toBe(50);
		// A call with another customer does not take an order that is not its customer's.
		const other = await createContact({ lastName: `Other ${hex().slice(0, 6)}`, phones: [`+3367${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`] }, admin);
		const { id: otherOrder } = await createOrder({ customerId: other, channel: 'phone', lines: [{ productId: water.id, quantity: 1 }], callId }, operator);
		expect(await query('MATCH (:Call {id: $callId})-[:LED_TO_THE_ORDER]->(o:Order {id: $otherOrder}) RETURN o', { callId, otherOrder })).toEqual([]);
	});
});

describe('with a Twilio account (the local stand-in of its API)', () => {
	let standIn: TwilioStandIn;

	beforeAll(async () => {
		standIn = await startTwilioStandIn(ACCOUNT);
		process.env.TWILIO_API_BASE = standIn.url;
		await saveTelephonySettings({ ...ACCOUNT, publicBaseUrl: `${PUBLIC}/`, callerIds: CALLER_ID }, admin);
		await execute("MATCH (c:Contact {id: $id}) SET c.phones = ['+33612345678']", { id: operatorContact });
	});

	afterAll(async () => {
		delete process.env.TWILIO_API_BASE;
		await execute('MATCH (s:TelephonySettings) DELETE s');
		await standIn.close();
	});

	/** Twilio posting a webhook: signed for the public URL, received at the URL this server sees. */
	function post(handler: WebhookHandler, pathAndQuery: string, params: Record<string, string>, sign: { params?: Record<string, string>; none?: boolean } = {}) {
		const signature = twilio.getExpectedTwilioSignature(ACCOUNT.authToken, `${PUBLIC}${pathAndQuery}`, sign.params ?? params);
		const url = new URL(`http://127.0.0.1:3000${pathAndQuery}`);
		const request = new Request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', ...(sign.none ? {} : { 'x-twilio-signature': signature }) },
			body: new URLSearchParams(params)
		});
		return twilioWebhook(request, url, handler);
	}

	it('keeps the secrets sealed and never shows them again', async () => {
		const view = await telephonySettingsView();
		expect(view).toMatchObject({ simulated: false, hasAuthToken: true, accountSid: ACCOUNT.accountSid, publicBaseUrl: PUBLIC, callerIds: [CALLER_ID] });
		expect(JSON.stringify(view)).not.toContain(ACCOUNT.authToken);
		const [stored] = await query<{ token: string }>("MATCH (s:TelephonySettings {id: 'global'}) RETURN s.authToken AS token");
		expect(stored!.token).toMatch(/^v1:/);
		expect(stored!.token).not.toContain(ACCOUNT.authToken);
		// Saved again without the secret: the stored one stays.
		await saveTelephonySettings({ accountSid: ACCOUNT.accountSid, publicBaseUrl: PUBLIC, callerIds: CALLER_ID }, admin);
		expect((await telephonySettingsView()).hasAuthToken).toBe(true);
		expect((await refusal(saveTelephonySettings({ accountSid: 'AC123' }, admin))).fieldErrors).toHaveProperty('accountSid');
		expect((await refusal(saveTelephonySettings({}, staff('manager')))).status).toBe(403);
	});

	it('rings the operator through the SDK, bridges the customer, and moves the call on by signed callbacks, in order and once', async () => {
		const { id, simulated } = await startCall({ number: customer.phone, entityId: customer.id }, operator);
		expect(simulated).toBe(false);
		const sent = standIn.requests.at(-1)!;
		expect(sent.path).toBe(`/2010-04-01/Accounts/${ACCOUNT.accountSid}/Calls.json`);
		expect(sent.form).toMatchObject({
			To: '+33612345678',
			From: CALLER_ID,
			Url: `${PUBLIC}/api/twilio/bridge?call=${id}`,
			StatusCallback: `${PUBLIC}/api/twilio/status?call=${id}`,
			StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed']
		});
		const placed = await callOf(id);
		expect(placed).toMatchObject({ status: 'queued', simulated: false });
		const sid = String(placed.callSid);
		expect(sid).toMatch(/^CA[0-9a-f]{32}$/);

		const bridge = await post(onBridge, `/api/twilio/bridge?call=${id}`, { CallSid: sid });
		const twiml = await bridge.text();
		expect(twiml).toContain(`<Dial callerId="${CALLER_ID}"`);
		expect(twiml).toContain(`<Number>${customer.phone}</Number>`);

		const status = (params: Record<string, string>, sign?: Parameters<typeof post>[3]) => post(onStatus, `/api/twilio/status?call=${id}`, { CallSid: sid, ...params }, sign);
		expect((await status({ CallStatus: 'ringing' })).status).toBe(204);
		expect((await callOf(id)).status).toBe('ringing');
		// Altered after signing, or not signed: refused, nothing written.
		expect((await status({ CallStatus: 'completed', CallDuration: '5' }, { params: { CallSid: sid, CallStatus: 'busy' } })).status).toBe(403);
		expect((await status({ CallStatus: 'completed' }, { none: true })).status).toBe(403);
		expect((await callOf(id)).status).toBe('ringing');

		expect((await status({ CallStatus: 'completed', CallDuration: '42' })).status).toBe(204);
		const completed = await callOf(id);
		expect(completed).toMatchObject({ status: 'completed', duration: 42 });
		// Late and repeated callbacks change nothing.
		await status({ CallStatus: 'in-progress' });
		await status({ CallStatus: 'completed', CallDuration: '99' });
		expect(await callOf(id)).toEqual(completed);
		expect((await status({ CallStatus: 'exploded' })).status).toBe(400);

		const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT.accountSid}/Recordings/RE${hex()}`;
		expect((await post(onRecording, `/api/twilio/recording?call=${id}`, { CallSid: sid, RecordingSid: `RE${hex()}`, RecordingUrl: recordingUrl, RecordingStatus: 'completed' })).status).toBe(204);
		expect((await callOf(id)).recordingUrl).toBe(recordingUrl);
	});

	it('gives the browser phone a Voice SDK token, and dials what the browser asks through the TwiML App’s voice URL', async () => {
		const twimlAppSid = `AP${hex()}`;
		await saveTelephonySettings({ ...ACCOUNT, publicBaseUrl: PUBLIC, callerIds: CALLER_ID, apiKeySid: `SK${hex()}`, apiKeySecret: `secret-${hex()}`, twimlAppSid }, admin);
		const phone = await browserPhone(operator);
		expect(phone.mode).toBe('browser');
		const token = (phone as { token: string }).token;
		const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; grants: { identity: string; voice: { outgoing: { application_sid: string }; incoming: { allow: boolean } } } };
		expect(claims).toMatchObject({ sub: ACCOUNT.accountSid, grants: { identity: operator.id, voice: { outgoing: { application_sid: twimlAppSid }, incoming: { allow: true } } } });

		const sid = `CA${hex()}`;
		const national = `0${customer.phone.slice(3)}`;
		const answer = await (await post(onVoice, '/api/twilio/voice', { CallSid: sid, From: `client:${operator.id}`, To: national })).text();
		const [call] = await query<{ id: string }>('MATCH (c:Call {callSid: $sid}) RETURN c.id AS id', { sid });
		expect(await callOf(call!.id)).toMatchObject({ direction: 'outbound', status: 'initiated', number: customer.phone, customer: customer.id, operator: operatorContact });
		expect(answer).toContain(`<Dial callerId="${CALLER_ID}"`);
		expect(answer).toContain(`statusCallback="${PUBLIC}/api/twilio/status?call=${call!.id}"`);
		expect(answer).toContain(`>${customer.phone}</Number>`);
		// Somebody who is not an operator of ours gets a sentence, and nothing is logged.
		const before = await countCalls();
		expect(await (await post(onVoice, '/api/twilio/voice', { CallSid: `CA${hex()}`, From: 'client:nobody', To: national })).text()).toContain('<Say>');
		expect(await countCalls()).toBe(before);
	});

	it('logs an incoming call from a known number, pops it for the operators and queues the caller', async () => {
		const sid = `CA${hex()}`;
		const response = await post(onIncoming, '/api/twilio/incoming', { CallSid: sid, From: customer.phone, To: CALLER_ID, CallStatus: 'ringing' });
		expect(await response.text()).toContain('<Enqueue>customers</Enqueue>');
		const [call] = await query<{ id: string }>('MATCH (c:Call {callSid: $sid}) RETURN c.id AS id', { sid });
		expect(await callOf(call!.id)).toMatchObject({ direction: 'inbound', status: 'ringing', customer: customer.id, simulated: false });
		const [event] = await query<{ payload: string }>("MATCH (e:Event {type: 'call.incoming'}) WHERE e.payload CONTAINS $id RETURN e.payload AS payload", { id: call!.id });
		expect(JSON.parse(event!.payload).matches).toEqual([expect.objectContaining({ id: customer.id })]);
		// A forged incoming call writes nothing.
		const before = await countCalls();
		expect((await post(onIncoming, '/api/twilio/incoming', { CallSid: `CA${hex()}`, From: customer.phone }, { none: true })).status).toBe(403);
		expect(await countCalls()).toBe(before);
	});
});
