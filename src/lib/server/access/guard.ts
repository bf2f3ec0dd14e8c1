/**
 * The access matrix applied to what a principal asks to do: with a kind (create, view its list) or
 * with one record (change, delete, relate it). Refusals are DomainErrors, so web routes and the
 * GraphQL API answer them the same way.
 */
import type { Action, Scope } from '$lib/domain/access';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import type { SessionUser } from '$lib/server/auth/sessions';
import { read } from '$lib/server/db/driver';
import { visibilityFor, type Visibility } from './visibility';

export type Principal = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'access'>;

const forbidden = (principal: Principal) => new DomainError('FORBIDDEN', 'error.forbidden', 403, { role: `role.${principal.role}` });

/** The principal's scope for `action` on `type`; 403 when it is none. */
export function assertMay(principal: Principal, type: EntityType, action: Action): Scope {
	const scope = principal.access[type][action];
	if (scope === 'none') throw forbidden(principal);
	return scope;
}

/** What the principal may see (null: everything). */
export const visibleTo = (principal: Principal): Visibility => visibilityFor(principal, 'view');

/**
 * `action` on the record `id`: 404 when the principal cannot see it (or it does not exist), 403 when
 * they see it but their scope for that action does not reach it (another user's record, say).
 */
export async function assertMayOn(principal: Principal, id: string, action: Action): Promise<EntityType> {
	const [row] = await read<{ type: EntityType; visible: boolean; inScope: boolean }>('access/check', {
		id,
		scope: visibleTo(principal),
		actionScope: visibilityFor(principal, action)
	});
	if (!row || !row.visible) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	if (!row.inScope) throw forbidden(principal);
	return row.type;
}

export type RecordActions = Record<'relate' | 'change' | 'delete', boolean>;

/** What the principal may do to the record `id`, as yes or no, in one read (for the buttons its page shows). */
export async function mayOn(principal: Principal, id: string): Promise<RecordActions> {
	const everywhere = (action: Action) => Object.values(principal.access).every((actions) => actions[action] === 'all');
	if (everywhere('relate') && everywhere('change') && everywhere('delete')) return { relate: true, change: true, delete: true };
	const [row] = await read<{ visible: boolean } & RecordActions>('access/check-actions', {
		id,
		scope: visibleTo(principal),
		relateScope: visibilityFor(principal, 'relate'),
		changeScope: visibilityFor(principal, 'change'),
		deleteScope: visibilityFor(principal, 'delete')
	});
	const seen = row?.visible === true;
	return { relate: seen && row.relate, change: seen && row.change, delete: seen && row.delete };
}

/** Relating `subjectId` to `objectIds`: relate on the subject, and every object visible (404 otherwise, like a missing one). */
export async function assertMayRelate(principal: Principal, subjectId: string, objectIds: string[]): Promise<void> {
	await assertMayOn(principal, subjectId, 'relate');
	const scope = visibleTo(principal);
	if (!scope) return;
	const ids = [...new Set(objectIds)];
	const visible = await read<{ id: string }>('access/visible-ids', { ids, scope });
	if (visible.length < ids.length) throw new DomainError('OBJECT_NOT_FOUND', 'error.relate.OBJECT_NOT_FOUND', 404);
}

/** Removing a relation asks what making it asks: relate on the entity, and its other end visible. */
export async function assertMayUnrelate(principal: Principal, entityId: string, relationId: string): Promise<void> {
	if (!visibleTo(principal)) {
		await assertMayOn(principal, entityId, 'relate');
		return;
	}
	const [row] = await read<{ otherId: string }>('relations/other-end', { entityId, relationId });
	// A relation that is not there is the remover's 404 to give, once the entity is allowed.
	await assertMayRelate(principal, entityId, row ? [row.otherId] : []);
}

/** Bulk writes (a triple import) across kinds need every right on every kind. */
export function assertFullAccess(principal: Principal): void {
	for (const actions of Object.values(principal.access)) {
		for (const action of ['create', 'change', 'relate'] as const) if (actions[action] !== 'all') throw forbidden(principal);
	}
}
