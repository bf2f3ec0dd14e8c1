/**
 * This instance's job worker: it claims the next job due (one at a time), runs its handler while
 * renewing the lease, and records the outcome. A handler reports progress, and stops when its
 * signal aborts (the job was cancelled, or taken over by another instance).
 */
import { announceProgress, claimJob, finishJob, heartbeat, type ClaimedJob } from './queue';

export interface JobContext {
	job: ClaimedJob;
	payload: Record<string, unknown>;
	/** Records how far the job got (shown live with a progress bar); throttled. */
	progress(done: number, total?: number | null, message?: string | null): Promise<void>;
	signal: AbortSignal;
}

export type JobHandler = (context: JobContext) => Promise<Record<string, unknown>>;

const handlers = new Map<string, JobHandler>();
const LEASE_SECONDS = 30;
const PROGRESS_EVERY_MS = 500;

export function registerJobHandler(type: string, handler: JobHandler): void {
	handlers.set(type, handler);
}

let running = false;
let wake: (() => void) | null = null;
let loop: Promise<void> | null = null;

/** Looks for work now instead of at the next poll (a job was just queued here). */
export function pokeWorker(): void {
	wake?.();
}

async function run(job: ClaimedJob, instance: string): Promise<void> {
	const handler = handlers.get(job.type)!;
	const controller = new AbortController();
	let last: { done: number; total: number | null; message: string | null } | undefined;
	let lastSent = 0;
	const beat = async () => {
		if (!(await heartbeat(job.id, instance, LEASE_SECONDS, last))) controller.abort();
	};
	const timer = setInterval(() => void beat().catch(() => {}), (LEASE_SECONDS * 1000) / 3);
	try {
		const result = await handler({
			job,
			payload: job.payload,
			signal: controller.signal,
			progress: async (done, total = null, message = null) => {
				last = { done, total, message };
				if (Date.now() - lastSent < PROGRESS_EVERY_MS) return;
				lastSent = Date.now();
				await beat();
				await announceProgress(job, last);
			}
		});
		await finishJob(job, instance, controller.signal.aborted ? { status: 'cancelled' } : { status: 'done', result });
	} catch (e) {
		await finishJob(job, instance, controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error: e instanceof Error ? e.message : String(e) });
	} finally {
		clearInterval(timer);
	}
}

/** Starts the loop: claim, run, repeat; waits `pollMs` when nothing is due. */
export function startWorker(instance: string, pollMs = Number(process.env.JOB_POLL_MS ?? 1000)): void {
	running = true;
	loop = (async () => {
		while (running) {
			let job: ClaimedJob | null = null;
			try {
				job = await claimJob(instance, LEASE_SECONDS, [...handlers.keys()]);
				if (job) await run(job, instance);
			} catch (e) {
				console.error('The job worker failed:', e);
			}
			if (!job && running) await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, pollMs);
				wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
			wake = null;
		}
	})();
}

export async function stopWorker(): Promise<void> {
	running = false;
	wake?.();
	await loop;
}
