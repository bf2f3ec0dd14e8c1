import { runAutoCommit } from '$lib/server/db/driver';
import { INSTANCE_ID } from './instance';
import { acquireLease, releaseLease } from './leases';

const LEASE = 'startup';
const TTL_SECONDS = 60;

/**
 * Runs the start-up's one-time work (migrations, first administrator, demo data) under a lease,
 * so that app instances starting together on an empty database do it exactly once: the others wait,
 * then find it done. The lease is renewed while the work lasts.
 */
export async function withStartupLock<T>(work: () => Promise<T>, log: (line: string) => void): Promise<T> {
	// The constraint must exist before the first MERGE. Instances racing to create it may see it appear
	// meanwhile, or deadlock on the label's lock (a transient error): try again.
	for (let attempt = 1; ; attempt++) {
		try {
			await runAutoCommit('CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:Lease) REQUIRE l.name IS UNIQUE');
			break;
		} catch (e) {
			const code = String((e as { code?: string }).code);
			if (code.includes('EquivalentSchemaRuleAlreadyExists')) break;
			if (!code.startsWith('Neo.TransientError') || attempt >= 10) throw e;
			await new Promise((r) => setTimeout(r, 100 * attempt));
		}
	}
	let waited = false;
	while (!(await acquireLease(LEASE, INSTANCE_ID, TTL_SECONDS))) {
		if (!waited) log('Another instance is preparing the database; waiting for it…');
		waited = true;
		await new Promise((r) => setTimeout(r, 500));
	}
	const renew = setInterval(() => void acquireLease(LEASE, INSTANCE_ID, TTL_SECONDS).catch(() => {}), (TTL_SECONDS * 1000) / 3);
	try {
		return await work();
	} finally {
		clearInterval(renew);
		await releaseLease(LEASE, INSTANCE_ID);
	}
}
