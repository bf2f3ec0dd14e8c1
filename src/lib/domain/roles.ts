/** Staff roles, from least to most trusted. */
export const ROLES = ['viewer', 'agent', 'supervisor', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
	| 'entity:read'
	| 'entity:write'
	| 'entity:purge'
	| 'relationType:admin'
	| 'tagType:admin'
	| 'user:admin'
	| 'settings:admin';

const MINIMUM_ROLE: Record<Permission, Role> = {
	'entity:read': 'viewer',
	'entity:write': 'agent',
	'entity:purge': 'manager',
	'relationType:admin': 'admin',
	'tagType:admin': 'admin',
	'user:admin': 'admin',
	'settings:admin': 'admin'
};

export function can(role: Role | undefined | null, permission: Permission): boolean {
	if (!role) return false;
	return ROLES.indexOf(role) >= ROLES.indexOf(MINIMUM_ROLE[permission]);
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
