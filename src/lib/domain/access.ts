/**
 * Record-level access: a credential is role × entity kind × action → scope. Administrators edit
 * the matrix; what they have not set falls back to the defaults below. Shared by server and browser
 * (the admin screen shows the same defaults the server applies).
 */
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from './entities';
import { ROLES, type Role } from './roles';

export const ACTIONS = ['view', 'create', 'change', 'delete', 'relate'] as const;
export type Action = (typeof ACTIONS)[number];

/** Which records of a kind: none, those the principal owns (or is assigned), their organisation's, all. */
export const SCOPES = ['none', 'own', 'organisation', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

/** One role's row of the matrix. */
export type RoleAccess = Record<EntityType, Record<Action, Scope>>;
/** What administrators changed, sparse: role → kind → action → scope. */
export type AccessOverrides = Partial<Record<Role, Partial<Record<string, Partial<Record<Action, Scope>>>>>>;

/**
 * The rules before any administrator's change, as the product always had them: every staff role
 * sees everything, agents and above write it; a client sees the organisations and contacts of its
 * own organisation and nothing else.
 */
export function defaultScope(role: Role, type: EntityType, action: Action): Scope {
	if (role === 'client') return action === 'view' && (type === 'Organisation' || type === 'Contact') ? 'organisation' : 'none';
	if (role === 'viewer') return action === 'view' ? 'all' : 'none';
	return 'all';
}

/** Administrators keep every right on everything: the matrix cannot lock the last door. */
export const isLocked = (role: Role) => role === 'admin';

export function roleAccess(role: Role, overrides: AccessOverrides | null): RoleAccess {
	const row = overrides?.[role] ?? {};
	return Object.fromEntries(
		ENTITY_TYPES.map((type) => [
			type,
			Object.fromEntries(ACTIONS.map((action) => [action, isLocked(role) ? 'all' : (row[type]?.[action] ?? defaultScope(role, type, action))]))
		])
	) as RoleAccess;
}

const scope = z.enum(SCOPES);
export const accessOverrides: z.ZodType<AccessOverrides> = z.record(
	z.enum(ROLES),
	z.record(z.enum(ENTITY_TYPES), z.record(z.enum(ACTIONS), scope).optional())
) as z.ZodType<AccessOverrides>;

/** Reads the stored JSON, keeping only what is still valid (a kind or role removed since is ignored). */
export function parseOverrides(json: string | null | undefined): AccessOverrides {
	if (!json) return {};
	try {
		const raw = JSON.parse(json) as Record<string, Record<string, Record<string, unknown>>>;
		const out: AccessOverrides = {};
		for (const [role, kinds] of Object.entries(raw ?? {})) {
			if (!(ROLES as readonly string[]).includes(role)) continue;
			for (const [type, actions] of Object.entries(kinds ?? {})) {
				if (!(ENTITY_TYPES as readonly string[]).includes(type)) continue;
				for (const [action, value] of Object.entries(actions ?? {})) {
					if (!(ACTIONS as readonly string[]).includes(action) || !scope.safeParse(value).success) continue;
					((out[role as Role] ??= {})[type] ??= {})[action as Action] = value as Scope;
				}
			}
		}
		return out;
	} catch {
		return {};
	}
}
