/**
 * The platform's background machinery on the real database: the job queue (claims, leases, retries),
 * schedules firing once per tick, the event outbox and this instance's hub, notifications, and
 * e-mail through a real SMTP server (smtp-server) or, without SMTP_URL, into the outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../src/lib/domain/events';
import { INSTANCE_ID } from '../../src/lib/server/app/instance';
import { principalOf } from '../../src/lib/server/auth/sessions';
import { createUser, setMailsNotifications } from '../../src/lib/server/auth/users';
import { writeTx } from '../../src/lib/server/db/driver';
import { startEventHub, stopEventHub, subscribe } from '../../src/lib/server/events/hub';
import { emitEvent, eventsAfter, lastEventSeq } from '../../src/lib/server/events/outbox';
import { claimJob, enqueueJob, finishJob, getJob } from '../../src/lib/server/jobs/queue';
import { fireSchedule, registerSchedule } from '../../src/lib/server/jobs/scheduler';
import { registerJobHandler, startWorker, stopWorker } from '../../src/lib/server/jobs/worker';
import { sendMail } from '../../src/lib/server/notifications/mail';
import { markRead, notificationsOf } from '../../src/lib/server/notifications/notify';
import { execute, query, unique, useDatabase } from '../support/db';
import { agent, getOrganisation, organisation, updateOrganisation } from '../support/fixtures';
import { useSmtpServer } from '../support/smtp';

useDatabase();

const until = async <T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> => {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 100));
	}
};

async function user(role: 'agent' | 'admin' = 'agent') {
	const email = `${unique('platform').replace(' ', '-')}@example.com`;
	const { id } = await createUser({ email, firstName: null, lastName: unique('Platform'), role, password: 'a long enough password' });
	return { id, email, role };
}

describe('the job queue', () => {
	it('lets only one of two instances claim a job, and another take it over when the lease expires', async () => {
		const type = `test.claim.${unique('t').replace(' ', '')}`;
		const ids = await Promise.all(Array.from({ length: 10 }, () => enqueueJob({ type })));
		const claims: string[] = [];
		for (let round = 0; round < 10; round++) {
			const [a, b] = await Promise.all([claimJob('instance-a', 60, [type]), claimJob('instance-b', 60, [type])]);
			for (const job of [a, b]) if (job) claims.push(job.id);
		}
		expect(claims.sort()).toEqual([...ids].sort());
		// A job whose instance stops renewing its one-second lease is due again, as its second attempt.
		const lost = await enqueueJob({ type });
		expect((await claimJob('instance-a', 1, [type]))?.id).toBe(lost);
		expect(await claimJob('instance-b', 30, [type])).toBeNull();
		await new Promise((r) => setTimeout(r, 1500));
		const again = await claimJob('instance-c', 30, [type]);
		expect(again?.id).toBe(lost);
		expect(again?.attempts).toBe(2);
		const runs = await query<{ n: number }>('MATCH (r:JobRun {jobId: $id}) RETURN count(r) AS n', { id: again!.id });
		expect(runs[0]!.n).toBe(2);
	});

	it('runs a job on the worker with its progress and result, and retries a failing one until it gives up', async () => {
		let attempts = 0;
		registerJobHandler('test.count', async ({ payload, progress }) => {
			for (let i = 1; i <= 3; i++) await progress(i, 3, `step ${i}`);
			return { counted: payload.n };
		});
		registerJobHandler('test.fail', async () => {
			attempts++;
			throw new Error('the upstream service is down');
		});
		startWorker(INSTANCE_ID, 100);
		try {
			const ok = await enqueueJob({ type: 'test.count', payload: { n: 42 } });
			const done = await until(async () => {
				const job = await getJob(ok);
				return job?.status === 'done' && job;
			});
			expect(done).toMatchObject({ result: { counted: 42 }, attempts: 1, ranOn: INSTANCE_ID });
			expect(done.startedAt && done.finishedAt).toBeTruthy();

			const bad = await enqueueJob({ type: 'test.fail', maxAttempts: 2 });
			const retried = await until(async () => {
				const job = await getJob(bad);
				return job?.status === 'queued' && job.attempts === 1 && job;
			});
			expect(Date.parse(retried.runAt)).toBeGreaterThan(Date.now() + 20_000);
		} finally {
			await stopWorker();
		}
		// The second and last attempt, without waiting the 30 s delay: claimed by hand as a due job would be.
		const bad = ((await execute("MATCH (j:Job {type: 'test.fail'}) SET j.runAt = datetime() RETURN j.id AS id")) as { id: string }[])[0]!.id;
		const claimed = await claimJob('instance-a', 30, ['test.fail']);
		expect(claimed?.id).toBe(bad);
		await finishJob(claimed!, 'instance-a', { status: 'failed', error: 'the upstream service is down' });
		expect(await getJob(bad)).toMatchObject({ status: 'failed', attempts: 2, error: 'the upstream service is down' });
		expect(attempts).toBe(1);
	});

	it('fires a schedule once per tick, whichever instances try', async () => {
		registerSchedule({ name: 'test-tick', cron: '* * * * * *', job: 'test.count', payload: { n: 1 } });
		const at = new Date(Math.floor(Date.now() / 1000) * 1000);
		const fired = await Promise.all([fireSchedule('test-tick', at, 'instance-a'), fireSchedule('test-tick', at, 'instance-b'), fireSchedule('test-tick', at, 'instance-c')]);
		expect(fired.filter(Boolean)).toHaveLength(1);
		const jobs = await query<{ n: number }>("MATCH (j:Job {schedule: 'test-tick'}) RETURN count(j) AS n");
		expect(jobs[0]!.n).toBe(1);
	});
});

describe('events and notifications', () => {
	beforeAll(async () => {
		await startEventHub(50);
	});
	afterAll(async () => {
		await stopEventHub();
	});

	it('numbers events in commit order and delivers them to the subscribers among their audience', async () => {
		const [alice, bob] = await Promise.all([user(), user()]);
		const received: Record<string, LiveEvent[]> = { alice: [], bob: [] };
		const asPrincipal = (u: { id: string; email: string; role: 'agent' | 'admin' }) =>
			principalOf({ user: { id: u.id, email: u.email, name: u.email, role: u.role, contactId: null, organisationId: null }, access: null });
		const stops = [
			await subscribe({ user: asPrincipal(alice), send: (e) => received.alice!.push(e) }, null),
			await subscribe({ user: asPrincipal(bob), send: (e) => received.bob!.push(e) }, null)
		];
		const before = await lastEventSeq();
		await Promise.all(Array.from({ length: 5 }, (_, i) => writeTx((tx) => emitEvent(tx, 'notification', { users: [alice.id] }, { n: i }))));
		const events = await eventsAfter(before);
		expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 5 }, (_, i) => before + i + 1));
		await until(async () => received.alice!.length >= 5);
		expect(received.bob).toEqual([]);
		// A browser that reconnects gets what it missed, after the number it saw last.
		const replay: LiveEvent[] = [];
		stops.push(await subscribe({ user: asPrincipal(alice), send: (e) => replay.push(e) }, before + 2));
		expect(replay.map((e) => e.seq)).toEqual([before + 3, before + 4, before + 5]);
		for (const stop of stops) stop();
	});

	it('tells the owner of a record that someone else changed it, live and in the notification centre', async () => {
		const owner = await user();
		const org = await organisation('Owned', {}, { id: owner.id, role: 'agent' });
		const seen = await getOrganisation(org.id);
		await updateOrganisation(org.id, seen.version, { name: `${org.name} renamed`, kind: 'company', status: 'active' }, agent);
		const mine = await notificationsOf(owner.id);
		expect(mine.unread).toBe(1);
		expect(mine.items[0]).toMatchObject({ title: 'notify.entityChanged', params: { name: `${org.name} renamed` }, link: `/organisations/${org.id}` });
		// Their own changes do not notify them.
		await updateOrganisation(org.id, (await getOrganisation(org.id)).version, { name: org.name, kind: 'company', status: 'active' }, { id: owner.id, role: 'agent' });
		expect((await notificationsOf(owner.id)).unread).toBe(1);
		await markRead(owner.id, null);
		expect((await notificationsOf(owner.id)).unread).toBe(0);
	});
});

describe('outgoing e-mail', () => {
	const { inbox, url } = useSmtpServer();

	it('sends the notifications of a user who asked for them by e-mail through SMTP_URL', async () => {
		process.env.SMTP_URL = url();
		const owner = await user();
		await setMailsNotifications(owner.id, true);
		const org = await organisation('Mailed', {}, { id: owner.id, role: 'agent' });
		await updateOrganisation(org.id, (await getOrganisation(org.id)).version, { name: `${org.name} moved`, kind: 'company', status: 'active' }, agent);
		const [mail] = await query<{ id: string; jobId: string }>(
			"MATCH (m:Mail {to: $to}) MATCH (j:Job {type: 'mail'}) WHERE j.payload CONTAINS m.id RETURN m.id AS id, j.id AS jobId",
			{ to: owner.email }
		);
		expect(mail).toBeDefined();
		await expect(sendMail({ job: {} as never, payload: { mailId: mail!.id }, progress: async () => {}, signal: new AbortController().signal })).resolves.toEqual({ sent: true });
		await until(async () => inbox.find((m) => m.to === owner.email));
		const received = inbox.find((m) => m.to === owner.email)!;
		expect(received.data).toContain(`${org.name} moved`);
		const [stored] = await query<{ status: string }>('MATCH (m:Mail {id: $id}) RETURN m.status AS status', { id: mail!.id });
		expect(stored!.status).toBe('sent');
	});

	it('keeps mails in the outbox, marked as not sent, without SMTP_URL', async () => {
		delete process.env.SMTP_URL;
		const id = (await writeTx(async (tx) => (await import('../../src/lib/server/notifications/mail')).queueMail(tx, { to: 'nobody@example.com', subject: 'Hello', text: 'Body' })));
		await expect(sendMail({ job: {} as never, payload: { mailId: id }, progress: async () => {}, signal: new AbortController().signal })).resolves.toEqual({ outbox: true });
		const [stored] = await query<{ status: string }>('MATCH (m:Mail {id: $id}) RETURN m.status AS status', { id });
		expect(stored!.status).toBe('outbox');
		expect(inbox.some((m) => m.to === 'nobody@example.com')).toBe(false);
	});
});
