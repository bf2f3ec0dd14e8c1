import { accessOverrides, defaultScope, isLocked, parseOverrides, ACTIONS, type AccessOverrides, type Scope } from '$lib/domain/access';
import { ENTITY_TYPES } from '$lib/domain/entities';
import { parseOrThrow } from '$lib/domain/forms';
import { ROLES } from '$lib/domain/roles';
import { read, write } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';

/** What administrators changed in the access matrix (the rest is the defaults). */
export async function accessOverridesNow(): Promise<AccessOverrides> {
	const [row] = await read<{ rules: string | null }>('access/matrix');
	return parseOverrides(row?.rules);
}

/**
 * Saves a whole matrix as submitted (`role.type.action` → scope): only what differs from the
 * defaults is kept, so a later change of a default applies where nobody chose otherwise. Every
 * session and token reads it on its next request.
 */
export async function saveAccessMatrix(submitted: Record<string, unknown>, actor: Actor): Promise<void> {
	const overrides: AccessOverrides = {};
	for (const role of ROLES) {
		if (isLocked(role)) continue;
		for (const type of ENTITY_TYPES) {
			for (const action of ACTIONS) {
				const value = submitted[`${role}.${type}.${action}`];
				if (value === undefined || value === defaultScope(role, type, action)) continue;
				((overrides[role] ??= {})[type] ??= {})[action] = value as Scope;
			}
		}
	}
	const valid = parseOrThrow(accessOverrides, overrides);
	await write('access/save-matrix', { rules: JSON.stringify(valid), actorId: actor.id });
}
