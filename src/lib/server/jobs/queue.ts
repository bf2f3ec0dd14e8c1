/**
 * The job queue, in the database so that every app instance shares it: a job is claimed under a
 * lease (a running job whose lease has expired is taken up again, its instance presumed dead),
 * retried with a growing delay, and its run recorded: started, finished, status, counts, error.
 */
import { randomUUID } from 'node:crypto';
import type { JobView } from '$lib/domain/jobs';
import { read, write, writeTx, type Tx } from '$lib/server/db/driver';
import { emitEvent } from '$lib/server/events/outbox';
import { notify } from '$lib/server/notifications/notify';
import { pokeWorker } from './worker';

export interface JobSpec {
	type: string;
	payload?: Record<string, unknown>;
	/** Not before this time (default: now). */
	runAt?: Date;
	maxAttempts?: number;
	requestedBy?: string | null;
	schedule?: string | null;
}

export interface ClaimedJob {
	id: string;
	type: string;
	payload: Record<string, unknown>;
	attempts: number;
	maxAttempts: number;
	requestedBy: string | null;
}

/** Who hears about a job's progress: whoever asked for it, and the administrators. */
const audienceOf = (requestedBy: string | null) => ({ users: requestedBy ? [requestedBy] : [], roles: ['admin' as const] });

/** Queues a job (in the caller's transaction when given, so it exists only if that commits). */
export async function enqueueJob(spec: JobSpec, tx?: Tx): Promise<string> {
	const id = randomUUID();
	const params = {
		id,
		type: spec.type,
		payload: JSON.stringify(spec.payload ?? {}),
		runAt: (spec.runAt ?? new Date()).toISOString(),
		maxAttempts: spec.maxAttempts ?? 3,
		requestedBy: spec.requestedBy ?? null,
		schedule: spec.schedule ?? null
	};
	// This instance's worker looks at once; the others at their next poll.
	if (tx) {
		tx.afterCommit(pokeWorker);
		await tx.query('jobs/enqueue', params);
	} else {
		await write('jobs/enqueue', params);
		pokeWorker();
	}
	return id;
}

/** The next job due, claimed for `instance` until `leaseSeconds` from now; null when none is due. */
export async function claimJob(instance: string, leaseSeconds: number, types: string[]): Promise<ClaimedJob | null> {
	try {
		const [row] = await write<ClaimedJob & { payload: string }>('jobs/claim', { instance, leaseSeconds, types });
		return row ? { ...row, payload: JSON.parse(row.payload) as Record<string, unknown> } : null;
	} catch (e) {
		// Another instance claimed the same attempt in the same instant: its run record won.
		if ((e as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return null;
		throw e;
	}
}

/** Renews the lease and records progress; false when the job is no longer this instance's or is being cancelled. */
export async function heartbeat(jobId: string, instance: string, leaseSeconds: number, progress?: { done: number; total: number | null; message: string | null }): Promise<boolean> {
	const [row] = await write<{ cancelling: boolean; requestedBy: string | null }>('jobs/heartbeat', {
		id: jobId,
		instance,
		leaseSeconds,
		progress: progress ?? null
	});
	return row !== undefined && !row.cancelling;
}

/** Progress as the admins' page shows it live. */
export async function announceProgress(job: ClaimedJob, progress: { done: number; total: number | null; message: string | null }): Promise<void> {
	await writeTx((tx) => emitEvent(tx, 'job.updated', audienceOf(job.requestedBy), { jobId: job.id, type: job.type, status: 'running', ...progress }));
}

/** The end of a run: done (with its result), or failed (queued again after a delay while attempts remain), or cancelled. */
export async function finishJob(
	job: ClaimedJob,
	instance: string,
	outcome: { status: 'done'; result: Record<string, unknown> } | { status: 'failed'; error: string } | { status: 'cancelled' }
): Promise<void> {
	const retry = outcome.status === 'failed' && job.attempts < job.maxAttempts;
	// 30 s, 1 min, 2 min…
	const retryAt = retry ? new Date(Date.now() + 30_000 * 2 ** (job.attempts - 1)).toISOString() : null;
	await writeTx(async (tx) => {
		const [row] = await tx.query<{ status: string }>('jobs/finish', {
			id: job.id,
			instance,
			status: retry ? 'queued' : outcome.status,
			retryAt,
			error: outcome.status === 'failed' ? outcome.error.slice(0, 2000) : null,
			result: outcome.status === 'done' ? JSON.stringify(outcome.result) : null
		});
		if (!row) return;
		await emitEvent(tx, 'job.updated', audienceOf(job.requestedBy), { jobId: job.id, type: job.type, status: row.status });
		if (job.requestedBy && (row.status === 'done' || row.status === 'failed')) {
			await notify(tx, { userIds: [job.requestedBy], title: `notify.job.${row.status}`, params: { job: `job.${job.type}` }, link: '/admin/jobs' });
		}
	});
}

/** Asks a queued or running job to stop (a running one stops at its next heartbeat). */
export async function cancelJob(id: string): Promise<boolean> {
	const rows = await write('jobs/cancel', { id });
	return rows.length > 0;
}

/** A failed or cancelled job, queued again from its first attempt. */
export async function retryJob(id: string): Promise<boolean> {
	const rows = await write('jobs/retry', { id });
	return rows.length > 0;
}

interface JobRow extends Omit<JobView, 'result'> {
	result: string | null;
}

const toView = (row: JobRow): JobView => ({ ...row, result: row.result ? (JSON.parse(row.result) as Record<string, unknown>) : null });

export async function recentJobs(limit = 50): Promise<JobView[]> {
	return (await read<JobRow>('jobs/recent', { limit })).map(toView);
}

export async function getJob(id: string): Promise<JobView | null> {
	const [row] = await read<JobRow>('jobs/get', { id });
	return row ? toView(row) : null;
}
