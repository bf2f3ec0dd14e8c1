import { DomainError } from '$lib/domain/errors';
import { maySell, type SalesPermission } from '$lib/domain/sales';
import type { Actor } from '$lib/server/entities/actor';

/** 403 with a sentence naming the role, unless it may do this sales action (roles in $lib/domain/sales). */
export function assertMaySell(actor: Actor, what: SalesPermission): void {
	if (!maySell(actor.role, what)) throw new DomainError('FORBIDDEN', 'sales.error.role', 403, { role: actor.role });
}
