import { createUser } from '../../src/lib/server/auth/users';
import { kindOf } from '../../src/lib/kinds/registry';
import type { Actor } from '../../src/lib/server/entities/actor';
import { createEntity } from '../../src/lib/server/entities/pipeline';
import { unique } from './db';
import { admin } from './fixtures';
import type { StaffRole } from '../../src/lib/domain/roles';

/** A user account of `role` (with its staff contact, the operator of the orders it takes). */
export async function staffUser(role: StaffRole, email = `${unique('sales').replace(' ', '-')}@example.com`): Promise<Actor & { email: string }> {
	const { id } = await createUser({ email, firstName: 'Test', lastName: unique(role), role, password: 'a long enough password' });
	return { id, role, email };
}

export async function product(values: { unitPrice: number; stock?: number | null; taxRate?: number }) {
	const name = unique('Bottle');
	const id = await createEntity(kindOf('Product'), { name, sku: unique('SKU').replace(' ', '-'), unitPrice: values.unitPrice, stock: values.stock ?? '', taxRate: values.taxRate ?? '', active: true }, admin);
	return { id, name };
}
