/**
 * Schedules (cron expressions) of background jobs. Every instance keeps the timers, but only the
 * holder of the scheduler lease fires them; each firing is recorded under a unique key (schedule and
 * time), so a schedule fires exactly once per tick across instances, even while the lease moves.
 */
import { Cron } from 'croner';
import type { ScheduleView } from '$lib/domain/jobs';
import { acquireLease } from '$lib/server/app/leases';
import { writeTx } from '$lib/server/db/driver';
import { enqueueJob } from './queue';

export interface Schedule {
	name: string;
	cron: string;
	job: string;
	payload?: Record<string, unknown>;
}

const LEASE = 'scheduler';
const LEASE_SECONDS = 15;
const schedules = new Map<string, Schedule>();
const timers: Cron[] = [];
let leader = false;
let leaseTimer: ReturnType<typeof setInterval> | null = null;

export function registerSchedule(schedule: Schedule): void {
	new Cron(schedule.cron); // refuses a bad expression at start, with croner's message
	schedules.set(schedule.name, schedule);
}

/** Records the firing of `name` at `at` and queues its job, unless another instance already did. */
export async function fireSchedule(name: string, at: Date, instance: string): Promise<boolean> {
	const schedule = schedules.get(name);
	if (!schedule) return false;
	try {
		await writeTx(async (tx) => {
			await tx.query('jobs/fire-schedule', { key: `${name}@${at.toISOString()}`, name, at: at.toISOString(), instance });
			await enqueueJob({ type: schedule.job, payload: schedule.payload, schedule: name }, tx);
		});
	} catch (e) {
		if ((e as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return false;
		throw e;
	}
	return true;
}

export function startScheduler(instance: string): void {
	const renew = async () => {
		leader = await acquireLease(LEASE, instance, LEASE_SECONDS).catch(() => false);
	};
	void renew();
	leaseTimer = setInterval(() => void renew(), (LEASE_SECONDS * 1000) / 3);
	for (const schedule of schedules.values()) {
		timers.push(
			new Cron(schedule.cron, { protect: true }, (self: Cron) => {
				const at = self.currentRun() ?? new Date();
				if (leader) void fireSchedule(schedule.name, at, instance).catch((e) => console.error(`Schedule ${schedule.name} failed to fire:`, e));
			})
		);
	}
}

export function stopScheduler(): void {
	if (leaseTimer) clearInterval(leaseTimer);
	for (const timer of timers.splice(0)) timer.stop();
	leader = false;
}

/** Queues a schedule's job now (an administrator's "Run now"), outside its ticks. */
export async function runScheduleNow(name: string, requestedBy: string): Promise<string | null> {
	const schedule = schedules.get(name);
	if (!schedule) return null;
	return enqueueJob({ type: schedule.job, payload: schedule.payload, schedule: name, requestedBy });
}

export function listSchedules(): ScheduleView[] {
	return [...schedules.values()].map((s) => ({ name: s.name, job: s.job, cron: s.cron, nextRun: new Cron(s.cron).nextRun()?.toISOString() ?? null }));
}
