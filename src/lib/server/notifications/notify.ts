/**
 * The notification centre: a notification is written for each user it concerns, in the transaction
 * of what it tells about, announced live (the bell's count), and e-mailed to those who asked for it.
 */
import type { NotificationView } from '$lib/domain/notifications';
import { translate } from '$lib/i18n';
import { read, write, type Tx } from '$lib/server/db/driver';
import { emitEvent } from '$lib/server/events/outbox';
import { queueMail } from './mail';

export interface NotificationSpec {
	/** Users it concerns; ids that are not user accounts (the demo data's) are skipped. */
	userIds: string[];
	title: string;
	params?: Record<string, string | number>;
	link?: string | null;
}

export async function notify(tx: Tx, spec: NotificationSpec): Promise<void> {
	const params = spec.params ?? {};
	const rows = await tx.query<{ id: string; userId: string; email: string; byMail: boolean }>('notifications/create', {
		userIds: [...new Set(spec.userIds)],
		title: spec.title,
		params: JSON.stringify(params),
		link: spec.link ?? null
	});
	if (rows.length === 0) return;
	await emitEvent(tx, 'notification', { users: rows.map((r) => r.userId) }, { title: spec.title, params, link: spec.link ?? null });
	for (const row of rows.filter((r) => r.byMail)) {
		const text = translate('en', spec.title, params);
		const origin = process.env.ORIGIN?.trim();
		await queueMail(tx, { to: row.email, subject: text, text: spec.link && origin ? `${text}\n\n${origin}${spec.link}` : text });
	}
}

interface Row extends Omit<NotificationView, 'params'> {
	params: string;
}

export async function notificationsOf(userId: string, limit = 50): Promise<{ items: NotificationView[]; unread: number }> {
	const [row] = await read<{ items: Row[]; unread: number }>('notifications/of-user', { userId, limit });
	return { items: (row?.items ?? []).map((n) => ({ ...n, params: JSON.parse(n.params) as Record<string, string | number> })), unread: row?.unread ?? 0 };
}

export async function unreadCount(userId: string): Promise<number> {
	const [row] = await read<{ unread: number }>('notifications/unread', { userId });
	return row?.unread ?? 0;
}

/** Marks one notification (or, with null, all of them) read. */
export async function markRead(userId: string, id: string | null): Promise<void> {
	await write('notifications/mark-read', { userId, id });
}
