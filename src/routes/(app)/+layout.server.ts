import type { LayoutServerLoad } from './$types';
import { unreadCount } from '$lib/server/notifications/notify';

/** The bell's count on every page; it then follows the live events. */
export const load: LayoutServerLoad = async ({ locals }) => ({ unread: locals.user ? await unreadCount(locals.user.id) : 0 });
