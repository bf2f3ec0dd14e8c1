import { z } from 'zod';
import { ROLES, type Role } from '$lib/domain/roles';

export const MIN_PASSWORD_LENGTH = 10;

const password = z
	.string()
	.min(MIN_PASSWORD_LENGTH, { error: 'error.password.short' })
	.max(200, { error: 'error.tooLong' });

export const loginInput = z.object({
	email: z.string().trim().toLowerCase().min(1, { error: 'error.required' }).max(254),
	password: z.string().min(1, { error: 'error.required' }).max(200)
});

export const userCreateInput = z
	.object({
		email: z.email({ error: 'error.email' }).trim().toLowerCase().max(254),
		firstName: z.string().trim().max(100).transform((v) => v || null),
		lastName: z.string().trim().min(1, { error: 'error.required' }).max(100, { error: 'error.tooLong' }),
		role: z.enum(ROLES, { error: 'error.choose' }),
		// Empty: the server generates one and shows it once.
		password: z.union([z.literal(''), password]).transform((v) => v || null),
		/** A portal client's organisation (required for the client role, ignored otherwise). */
		organisationId: z.preprocess((v) => v ?? '', z.string().trim().max(64)).transform((v) => v || null)
	})
	.refine((u) => u.role !== 'client' || u.organisationId !== null, { error: 'error.user.clientOrganisation', path: ['organisationId'] })
	.transform((u) => ({ ...u, organisationId: u.role === 'client' ? u.organisationId : null }));
/** A new account (organisationId only for a portal client). */
export type UserCreateInput = Omit<z.output<typeof userCreateInput>, 'organisationId'> & { organisationId?: string | null };

export const roleInput = z.object({ role: z.enum(ROLES, { error: 'error.choose' }) });

export const passwordChangeInput = z
	.object({ current: z.string().min(1, { error: 'error.required' }), next: password, confirm: z.string() })
	.refine((v) => v.next === v.confirm, { error: 'error.password.mismatch', path: ['confirm'] });

export interface UserSummary {
	id: string;
	email: string;
	name: string;
	role: Role;
	organisationId: string | null;
	organisationName: string | null;
	active: boolean;
	contactId: string | null;
	createdAt: string;
	lastLoginAt: string | null;
}
