/** Staff roles, from least to most trusted. */
export const STAFF_ROLES = ['viewer', 'agent', 'supervisor', 'manager', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Every role a user account may have: the staff's, and `client`, a user of a client organisation
 * (the helpdesk's portal), who has none of the staff's permissions and sees only what the access
 * matrix lets clients see, scoped to their own organisation.
 */
export const ROLES = [...STAFF_ROLES, 'client'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
	| 'entity:read'
	| 'entity:write'
	| 'entity:purge'
	| 'relationType:admin'
	| 'tagType:admin'
	| 'user:admin'
	| 'settings:admin';

const MINIMUM_ROLE: Record<Permission, StaffRole> = {
	'entity:read': 'viewer',
	'entity:write': 'agent',
	'entity:purge': 'manager',
	'relationType:admin': 'admin',
	'tagType:admin': 'admin',
	'user:admin': 'admin',
	'settings:admin': 'admin'
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
	if (!role || role === 'client') return false;
	return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(MINIMUM_ROLE[permission]);
}

/** Someone of the staff, not a portal client. */
export const isStaff = (role: Role): role is StaffRole => role !== 'client';

/**
 * Who keeps saved filters and graph views. Sharing is among the staff: a portal client's are its own,
 * and what the staff share never reaches a client (their definitions name records and people).
 */
export interface Keeper {
	id: string;
	role: Role;
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
