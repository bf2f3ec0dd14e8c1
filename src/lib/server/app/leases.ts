/**
 * Leases in the database, so that app instances agree on who does what: the one that initialises
 * an empty database, the one that fires the schedules. A lease is held until it expires unless its
 * holder renews it; a holder that dies simply stops renewing.
 */
import { write } from '$lib/server/db/driver';

/** Takes (or renews) the lease `name` for `ttlSeconds` when it is free, expired or already ours. */
export async function acquireLease(name: string, holder: string, ttlSeconds: number): Promise<boolean> {
	const rows = await write<{ held: boolean }>('leases/acquire', { name, holder, ttlSeconds });
	return rows.length > 0;
}

export async function releaseLease(name: string, holder: string): Promise<void> {
	await write('leases/release', { name, holder });
}
