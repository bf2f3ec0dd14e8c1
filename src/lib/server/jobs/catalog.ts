/**
 * Every background job of the product and its schedules, registered once at start. Later capabilities
 * (customer status, rule mining, forecasts, imports) add theirs here.
 */
import { sendMail } from '$lib/server/notifications/mail';
import { housekeeping } from './housekeeping';
import { registerSchedule } from './scheduler';
import { registerJobHandler } from './worker';

export function registerJobs(): void {
	registerJobHandler('housekeeping', housekeeping);
	registerJobHandler('mail', sendMail);
	registerSchedule({ name: 'housekeeping', cron: process.env.HOUSEKEEPING_CRON || '17 * * * *', job: 'housekeeping' });
}
