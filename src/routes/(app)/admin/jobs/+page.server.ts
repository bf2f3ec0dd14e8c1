import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { cancelJob, recentJobs, retryJob } from '$lib/server/jobs/queue';
import { listSchedules, runScheduleNow } from '$lib/server/jobs/scheduler';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requirePermission } from '$lib/server/web/http';
import { DomainError } from '$lib/domain/errors';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'settings:admin');
	return { jobs: await recentJobs(), schedules: listSchedules() };
};

/** One job action on the `id` of the form: a sentence when it applied, a 409 when the job had moved on. */
const onJob = (work: (id: string) => Promise<boolean>, done: string) =>
	async ({ request, locals }: { request: Request; locals: App.Locals }) => {
		requirePermission(locals, 'settings:admin');
		const id = stringField(await readForm(request, []), 'id');
		const applied = await attempt(locals, async () => {
			if (!(await work(id))) throw new DomainError('JOB_MOVED_ON', 'jobs.moved', 409);
		});
		if (failed(applied)) return applied;
		return { ok: true, message: translate(locals.locale, done) };
	};

export const actions = {
	run: async ({ request, locals }) => {
		const user = requirePermission(locals, 'settings:admin');
		const name = stringField(await readForm(request, []), 'schedule');
		const queued = await attempt(locals, async () => {
			if (!(await runScheduleNow(name, user.id))) throw new DomainError('NO_SCHEDULE', 'jobs.noSchedule', 422);
		});
		if (failed(queued)) return queued;
		return { ok: true, message: translate(locals.locale, 'jobs.queued', { job: translate(locals.locale, `job.${name}`) }) };
	},
	cancel: onJob(cancelJob, 'jobs.cancelled'),
	retry: onJob(retryJob, 'jobs.retried')
} satisfies Actions;
