/**
 * Customer standing, computed from the graph by a scheduled job (sales/customer-statuses.cypher),
 * with its alerts: a customer whose payment is overdue → the operators who took its orders and its
 * sales agents (a reminder to chase); a year since the first order → its sales agents, for a
 * loyalty campaign. Supervisors suspend a customer by hand, recorded like any change.
 */
import { DomainError } from '$lib/domain/errors';
import { entityUrl } from '$lib/kinds/registry';
import { getSettings } from '$lib/server/app/settings';
import { writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { recordChange } from '$lib/server/entities/history';
import { announceChange } from '$lib/server/entities/pipeline';
import type { JobHandler } from '$lib/server/jobs/worker';
import { notify } from '$lib/server/notifications/notify';
import { addDays, today } from './numbers';
import { assertMaySell } from './permissions';

interface StatusRow {
	id: string;
	type: string;
	name: string;
	before: string;
	after: string;
	changed: boolean;
	anniversary: boolean;
	operators: string[];
	agents: string[];
}

/** One run over every customer, in one transaction; returns what changed. */
export async function computeCustomerStatuses(day = today()): Promise<{ changed: number; anniversaries: number }> {
	const settings = await getSettings();
	return writeTx(async (tx) => {
		const rows = await tx.query<StatusRow>('sales/customer-statuses', {
			today: day,
			dormantBefore: addDays(day, -settings.dormantAfterDays),
			yearAgo: addDays(day, -365),
			actorName: 'Customer status'
		});
		for (const row of rows) {
			const link = entityUrl(row.type, row.id);
			if (row.changed && row.after === 'payment_overdue') {
				await notify(tx, { userIds: [...row.operators, ...row.agents], title: 'sales.alert.overdue', params: { customer: row.name }, link });
			}
			if (row.anniversary && row.agents.length > 0) await notify(tx, { userIds: row.agents, title: 'sales.alert.anniversary', params: { customer: row.name }, link });
		}
		return { changed: rows.filter((r) => r.changed).length, anniversaries: rows.filter((r) => r.anniversary).length };
	});
}

export const customerStatusJob: JobHandler = async () => computeCustomerStatuses();

/** A supervisor suspends a customer (`on`) or lifts the suspension; the history keeps both. */
export async function setSuspended(customerId: string, on: boolean, actor: Actor): Promise<void> {
	assertMaySell(actor, 'suspend');
	await writeTx(async (tx) => {
		const status = on ? 'suspended' : 'active';
		const [row] = await tx.query<{ before: string | null; type: string; name: string }>('sales/suspend', { id: customerId, status });
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		if (!on && row.before !== 'suspended') throw new DomainError('NOT_SUSPENDED', 'sales.error.notSuspended', 409);
		await recordChange(tx, customerId, 'updated', actor, [{ field: 'status', before: row.before, after: status }]);
		await announceChange(tx, { id: customerId, type: row.type, name: row.name }, 'updated', actor);
	});
}
