import type { ListQuery } from '../../src/lib/domain/entities';
import { kindOf } from '../../src/lib/kinds/registry';
import type { Actor } from '../../src/lib/server/entities/actor';
import { listEntities } from '../../src/lib/server/entities/listing';
import { createEntity, updateEntity } from '../../src/lib/server/entities/pipeline';
import { getEntity } from '../../src/lib/server/entities/records';
import { unique } from './db';

// The write pipeline and readers for the two first kinds, as the tests call them.
export const createOrganisation = (raw: unknown, actor: Actor) => createEntity(kindOf('Organisation'), raw, actor);
export const createContact = (raw: unknown, actor: Actor) => createEntity(kindOf('Contact'), raw, actor);
export const updateOrganisation = (id: string, version: string, raw: unknown, actor: Actor) => updateEntity(kindOf('Organisation'), id, version, raw, actor);
export const getOrganisation = (id: string) => getEntity(id, 'Organisation');
export const listOrganisations = (query: ListQuery) => listEntities(kindOf('Organisation'), query, null);

export const agent: Actor = { id: 'test-agent', role: 'agent' };
export const admin: Actor = { id: 'test-admin', role: 'admin' };

/** An organisation with a unique name; `managed` needs the admin actor. */
export async function organisation(name = 'Org', extra: Record<string, unknown> = {}, actor: Actor = agent) {
	const fullName = unique(name);
	const id = await createOrganisation({ name: fullName, kind: 'company', status: 'active', phones: [], emails: [], ...extra }, actor);
	return { id, name: fullName };
}

export async function contact(lastName = 'Contact') {
	const fullName = unique(lastName);
	const id = await createContact({ firstName: 'Test', lastName: fullName, phones: [], emails: [] }, agent);
	return { id, name: `Test ${fullName}` };
}
