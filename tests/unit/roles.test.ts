import { describe, expect, it } from 'vitest';
import { can, ROLES, type Permission } from '../../src/lib/domain/roles';

describe('permissions by role', () => {
	const table: Record<Permission, string[]> = {
		'entity:read': ['viewer', 'agent', 'supervisor', 'manager', 'admin'],
		'entity:write': ['agent', 'supervisor', 'manager', 'admin'],
		'entity:purge': ['manager', 'admin'],
		'relationType:admin': ['admin'],
		'tagType:admin': ['admin'],
		'user:admin': ['admin'],
		'settings:admin': ['admin']
	};
	for (const [permission, allowed] of Object.entries(table)) {
		it(`${permission}: ${allowed.join(', ')}`, () => {
			expect(ROLES.filter((role) => can(role, permission as Permission))).toEqual(allowed);
		});
	}
	it('nobody without a role', () => {
		expect(can(null, 'entity:read')).toBe(false);
	});
});
