import { write } from '$lib/server/db/driver';
import type { JobHandler } from './worker';

/**
 * What the database need not keep: expired sessions, sign-in counters past their window, events
 * every browser has had time to read, old schedule firings and job records, read notifications.
 * Each sweep is its own statement, in batches, so a large backlog never makes one huge transaction.
 */
const SWEEPS = ['sessions', 'throttles', 'events', 'fires', 'jobs', 'notifications', 'mails'] as const;

export const housekeeping: JobHandler = async ({ progress, signal }) => {
	const removed: Record<string, number> = {};
	for (const [i, sweep] of SWEEPS.entries()) {
		if (signal.aborted) break;
		let total = 0;
		for (;;) {
			const [row] = await write<{ removed: number }>(`housekeeping/${sweep}`, { batch: 5000 });
			total += row?.removed ?? 0;
			if ((row?.removed ?? 0) < 5000) break;
		}
		removed[sweep] = total;
		await progress(i + 1, SWEEPS.length, sweep);
	}
	return { removed };
};
