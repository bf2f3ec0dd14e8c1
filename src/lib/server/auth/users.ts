import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import type { Role } from '$lib/domain/roles';
import type { UserCreateInput, UserSummary } from '$lib/domain/users';
import { read, write, writeTx } from '$lib/server/db/driver';
import { kindOf } from '$lib/kinds/registry';
import { titleOf } from '$lib/kinds/schema';
import { getSettings } from '$lib/server/app/settings';
import type { Actor } from '$lib/server/entities/actor';
import { createEntitiesInTx } from '$lib/server/entities/pipeline';
import { relateInTx } from '$lib/server/relations/relate';
import { generatePassword, hashPassword } from '$lib/server/auth/passwords';
import { invalidateUserSessions } from '$lib/server/auth/sessions';

export interface Credentials {
	id: string;
	email: string;
	passwordHash: string;
	active: boolean;
}

export async function findCredentials(email: string): Promise<Credentials | null> {
	const [row] = await read<Credentials>('users/find-credentials', { email });
	return row ?? null;
}

/**
 * Creates the user and the staff `:Contact` that represents them in the graph (through the entity
 * write pipeline, like any contact), in one transaction. Returns the password when the server
 * generated it (to be shown once). `createdBy` is recorded in the contact's history (the user
 * themselves for the first administrator).
 */
export async function createUser(input: UserCreateInput, createdBy?: Actor): Promise<{ id: string; generatedPassword: string | null }> {
	const generatedPassword = input.password ? null : generatePassword();
	const id = randomUUID();
	const contactId = randomUUID();
	const passwordHash = await hashPassword(input.password ?? generatedPassword!);
	const actor = createdBy ?? { id, role: input.role };
	const settings = await getSettings();
	try {
		await writeTx(async (tx) => {
			const values = { firstName: input.firstName, lastName: input.lastName, emails: [input.email], phones: [] };
			const organisationId = input.role === 'client' ? (input.organisationId ?? null) : null;
			await tx.query('users/create', { id, email: input.email, name: titleOf(kindOf('Contact'), values), role: input.role, passwordHash, organisationId });
			await createEntitiesInTx(tx, kindOf('Contact'), [{ id: contactId, values, extra: { userId: id, ownerId: id } }], { actor, settings });
			// Staff contacts carry the staff tag; a portal client's contact is an employee of its organisation.
			await tx.query('users/link-contact', { id, contactId, staff: organisationId === null });
			if (organisationId) {
				const [refused] = await relateInTx(tx, 'IS_EMPLOYEE_OF', [{ subjectId: contactId, objectId: organisationId }], actor, true);
				if (refused) throw new DomainError('CLIENT_ORGANISATION', 'error.user.clientOrganisation', 422, {}, { organisationId: 'error.user.clientOrganisation' });
			}
		});
	} catch (e) {
		if ((e as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
			throw new DomainError('EMAIL_TAKEN', 'error.user.emailTaken', 409, {}, { email: 'error.user.emailTaken' });
		}
		throw e;
	}
	return { id, generatedPassword };
}

export function listUsers(): Promise<UserSummary[]> {
	return read<UserSummary>('users/list');
}

async function requireUser(id: string): Promise<{ role: Role }> {
	const [row] = await read<{ role: Role }>('users/exists', { id });
	if (!row) throw new DomainError('USER_NOT_FOUND', 'error.user.notFound', 404);
	return row;
}

export async function changeRole(id: string, role: Role): Promise<void> {
	const current = await requireUser(id);
	// A client account belongs to a client organisation, a staff account to us: neither becomes the other.
	if ((current.role === 'client') !== (role === 'client')) throw new DomainError('ROLE_KIND_FIXED', 'error.user.clientRoleFixed', 422);
	const [row] = await write('users/set-role', { id, role });
	if (!row) throw new DomainError('LAST_ADMIN', 'error.user.lastAdmin', 409);
}

export async function setActive(id: string, active: boolean, actorId: string): Promise<void> {
	if (id === actorId && !active) throw new DomainError('SELF_DEACTIVATE', 'error.user.selfDeactivate', 409);
	await requireUser(id);
	const [row] = await write('users/set-active', { id, active });
	if (!row) throw new DomainError('LAST_ADMIN', 'error.user.lastAdmin', 409);
	if (!active) await invalidateUserSessions(id);
}

/** Sets a new password (generated when none is given) and signs the user out everywhere. */
export async function resetPassword(id: string, password?: string): Promise<string> {
	await requireUser(id);
	const next = password ?? generatePassword();
	await write('users/set-password', { id, passwordHash: await hashPassword(next) });
	await invalidateUserSessions(id);
	return next;
}

export async function setPassword(id: string, password: string): Promise<void> {
	await write('users/set-password', { id, passwordHash: await hashPassword(password) });
}

/**
 * On an empty database, the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated
 * password that the caller prints once. Returns null when users already exist.
 */
export async function ensureInitialAdmin(
	email: string,
	password: string | undefined
): Promise<{ email: string; generatedPassword: string | null } | null> {
	const [row] = await read<{ users: number }>('users/count');
	if ((row?.users ?? 0) > 0) return null;
	const created = await createUser({
		email,
		firstName: null,
		lastName: 'Administrator',
		role: 'admin',
		password: password ?? null
	});
	return { email, generatedPassword: created.generatedPassword };
}

/** Whether the user asked for their notifications by e-mail too. */
export async function mailsNotifications(id: string): Promise<boolean> {
	const [row] = await read<{ byMail: boolean }>('users/notification-mail', { id });
	return row?.byMail ?? false;
}

export async function setMailsNotifications(id: string, byMail: boolean): Promise<void> {
	await write('users/set-notification-mail', { id, byMail });
}
