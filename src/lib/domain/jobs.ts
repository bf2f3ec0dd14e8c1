export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelling', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A run of background work, as the admins' jobs page shows it. */
export interface JobView {
	id: string;
	type: string;
	status: JobStatus;
	/** The schedule that fired it, if any. */
	schedule: string | null;
	attempts: number;
	maxAttempts: number;
	progress: number;
	total: number | null;
	message: string | null;
	error: string | null;
	result: Record<string, unknown> | null;
	createdAt: string;
	runAt: string;
	startedAt: string | null;
	finishedAt: string | null;
	requestedBy: string | null;
	ranOn: string | null;
}

export interface ScheduleView {
	name: string;
	job: string;
	cron: string;
	nextRun: string | null;
}
