/** What a signed-in user's home page shows: their recent records, the latest activity, two charts. */
import type { EntityType } from '$lib/domain/entities';
import type { Visibility } from '$lib/server/access/visibility';
import { read } from '$lib/server/db/driver';
import { notificationsOf } from '$lib/server/notifications/notify';

export interface HomeRecord {
	id: string;
	type: EntityType;
	name: string;
	at: string;
}

export interface ActivityEntry extends HomeRecord {
	action: string;
	actorName: string;
	actorId: string | null;
}

const WEEKS = 12;

/** Monday of the week `weeksAgo` before this one, as YYYY-MM-DD (UTC). */
function mondayOf(weeksAgo: number): string {
	const d = new Date();
	d.setUTCHours(0, 0, 0, 0);
	d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * weeksAgo);
	return d.toISOString().slice(0, 10);
}

export async function homeOf(userId: string, scope: Visibility) {
	const [mine, activity, created, statuses, notifications] = await Promise.all([
		read<HomeRecord>('home/mine', { userId, limit: 8, scope }),
		read<ActivityEntry>('home/activity', { limit: 12, scan: 200, scope }),
		read<{ type: EntityType; week: string; created: number }>('home/created-per-week', { weeks: WEEKS, scope }),
		read<{ value: string | null; count: number }>('home/status-counts', { type: 'Organisation', field: 'status', scope }),
		notificationsOf(userId, 5)
	]);
	const weeks = Array.from({ length: WEEKS }, (_, i) => mondayOf(WEEKS - 1 - i));
	const types = [...new Set(created.map((r) => r.type))];
	return {
		mine,
		activity,
		notifications,
		createdPerWeek: {
			weeks,
			byType: types.map((type) => ({ type, values: weeks.map((w) => created.find((r) => r.type === type && r.week === w)?.created ?? 0) }))
		},
		statuses: statuses.filter((s) => s.value !== null) as { value: string; count: number }[]
	};
}
