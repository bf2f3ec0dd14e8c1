import type { PageServerLoad } from './$types';
import { recentMails, smtpConfigured } from '$lib/server/notifications/mail';
import { requirePermission } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	requirePermission(locals, 'settings:admin');
	return { mails: await recentMails(), smtp: smtpConfigured() };
};
