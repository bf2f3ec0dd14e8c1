import { randomUUID } from 'node:crypto';
import {
	ORGANISATION_SORTS,
	organisationInput,
	type ListQuery,
	type Organisation,
	type OrganisationInput
} from '$lib/domain/entities';
import type { FieldErrors } from '$lib/domain/forms';
import { can } from '$lib/domain/roles';
import { read, writeTx } from '$lib/server/db/driver';
import { recordChange } from '$lib/server/entities/history';
import type { Actor } from '$lib/server/entities/actor';
import { listPage } from '$lib/server/entities/listing';
import { getEntity, updateEntity } from '$lib/server/entities/records';
import { searchText, sortKey } from '$lib/server/entities/search-text';
import { validateEntityInput } from '$lib/server/entities/validate';

async function validate(raw: unknown): Promise<OrganisationInput> {
	return validateEntityInput(organisationInput, raw, (data, settings): FieldErrors => {
		const unknownCategory = data.category !== null && !settings.categories.includes(data.category);
		return unknownCategory ? { category: 'error.category' } : {};
	});
}

function propsOf(input: OrganisationInput) {
	return { ...input, sortName: sortKey(input.name), searchText: searchText(input) };
}

/** Only admins mark an organisation as one of ours; from anyone else the box is ignored. */
function managedFlag(raw: unknown, actor: Actor): { managed?: boolean } {
	if (!can(actor.role, 'settings:admin')) return {};
	const value = (raw as { managed?: unknown })?.managed;
	return { managed: value === true || value === 'on' || value === 'true' };
}

export async function createOrganisation(raw: unknown, actor: Actor): Promise<string> {
	const input = await validate(raw);
	const id = randomUUID();
	await writeTx(async (tx) => {
		await tx.query('organisations/create', {
			id,
			actorId: actor.id,
			props: { managed: false, ...propsOf(input), ...managedFlag(raw, actor) }
		});
		await recordChange(tx, id, 'created', actor);
	});
	return id;
}

export async function updateOrganisation(id: string, version: string, raw: unknown, actor: Actor): Promise<void> {
	const input = await validate(raw);
	await updateEntity('Organisation', id, version, { ...propsOf(input), ...managedFlag(raw, actor) }, actor);
}

/** Our own organisations (marked managed), live ones, by name. */
export const ourOrganisations = () => read<{ id: string; name: string }>('organisations/managed');

export const getOrganisation = (id: string) => getEntity<Organisation>('Organisation', id);

export const listOrganisations = (query: ListQuery) => listPage('organisations/list', query, ORGANISATION_SORTS);
