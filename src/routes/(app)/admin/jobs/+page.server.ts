import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { cancelJob, recentJobs, retryJob } from '$lib/server/jobs/queue';
import { listSchedules, runScheduleNow } from '$lib/server/jobs/scheduler';
import { readForm, stringField } from '$lib/server/web/forms';
import { requirePermission } from '$lib/server/web/http';
import { fail } from '@sveltejs/kit';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'settings:admin');
	return { jobs: await recentJobs(), schedules: listSchedules() };
};

/** One job action on the `id` of the form: a sentence when it applied, a 409 when the job had moved on. */
const onJob = (work: (id: string) => Promise<boolean>, done: string) =>
	async ({ request, locals }: { request: Request; locals: App.Locals }) => {
		requirePermission(locals, 'settings:admin');
		const applied = await work(stringField(await readForm(request, []), 'id'));
		if (!applied) return fail(409, { message: translate(locals.locale, 'jobs.moved'), code: 'JOB_MOVED_ON', fieldErrors: {} });
		return { ok: true, message: translate(locals.locale, done) };
	};

export const actions = {
	run: async ({ request, locals }) => {
		const user = requirePermission(locals, 'settings:admin');
		const name = stringField(await readForm(request, []), 'schedule');
		const id = await runScheduleNow(name, user.id);
		if (!id) return fail(404, { message: translate(locals.locale, 'jobs.noSchedule'), code: 'NO_SCHEDULE', fieldErrors: {} });
		return { ok: true, message: translate(locals.locale, 'jobs.queued', { job: translate(locals.locale, `job.${name}`) }) };
	},
	cancel: onJob(cancelJob, 'jobs.cancelled'),
	retry: onJob(retryJob, 'jobs.retried')
} satisfies Actions;
