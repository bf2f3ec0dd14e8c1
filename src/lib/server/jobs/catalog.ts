/**
 * Every background job of the product and its schedules, registered once at start. Later capabilities
 * (customer status, rule mining, forecasts, imports) add theirs here.
 */
import { callbackReminders } from '$lib/server/calls/follow-ups';
import { sendMail } from '$lib/server/notifications/mail';
import { removeExpiredCoupons } from '$lib/server/sales/coupons';
import { customerStatusJob } from '$lib/server/sales/customer-status';
import { housekeeping } from './housekeeping';
import { registerSchedule } from './scheduler';
import { registerJobHandler } from './worker';

export function registerJobs(): void {
	registerJobHandler('housekeeping', housekeeping);
	registerJobHandler('mail', sendMail);
	registerJobHandler('customer-status', customerStatusJob);
	registerJobHandler('coupon-expiry', removeExpiredCoupons);
	registerJobHandler('callback-reminders', callbackReminders);
	registerSchedule({ name: 'housekeeping', cron: process.env.HOUSEKEEPING_CRON || '17 * * * *', job: 'housekeeping' });
	registerSchedule({ name: 'customer-status', cron: process.env.CUSTOMER_STATUS_CRON || '5 6 * * *', job: 'customer-status' });
	registerSchedule({ name: 'coupon-expiry', cron: '20 6 * * *', job: 'coupon-expiry' });
	registerSchedule({ name: 'callback-reminders', cron: process.env.CALLBACK_REMINDER_CRON || '* * * * *', job: 'callback-reminders' });
}
