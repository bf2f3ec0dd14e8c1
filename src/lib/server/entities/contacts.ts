import { randomUUID } from 'node:crypto';
import { CONTACT_SORTS, contactInput, type Contact, type ContactInput, type ListQuery } from '$lib/domain/entities';
import { writeTx } from '$lib/server/db/driver';
import { recordChange } from '$lib/server/entities/history';
import type { Actor } from '$lib/server/entities/actor';
import { listPage } from '$lib/server/entities/listing';
import { getEntity, updateEntity } from '$lib/server/entities/records';
import { searchText, sortKey } from '$lib/server/entities/search-text';
import { validateEntityInput } from '$lib/server/entities/validate';

function propsOf(input: ContactInput) {
	const name = [input.firstName, input.lastName].filter(Boolean).join(' ');
	return { ...input, name, sortName: sortKey(name), searchText: searchText(input) };
}

export async function createContact(raw: unknown, actor: Actor): Promise<string> {
	const input = await validateEntityInput(contactInput, raw);
	const id = randomUUID();
	await writeTx(async (tx) => {
		await tx.query('contacts/create', { id, actorId: actor.id, props: propsOf(input) });
		await recordChange(tx, id, 'created', actor);
	});
	return id;
}

export async function updateContact(id: string, version: string, raw: unknown, actor: Actor): Promise<void> {
	const input = await validateEntityInput(contactInput, raw);
	await updateEntity('Contact', id, version, propsOf(input), actor);
}

export const getContact = (id: string) => getEntity<Contact>('Contact', id);

export const listContacts = (query: ListQuery) => listPage('contacts/list', query, CONTACT_SORTS);
