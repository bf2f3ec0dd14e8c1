import { createContact } from '../../src/lib/server/entities/contacts';
import { createOrganisation } from '../../src/lib/server/entities/organisations';
import type { Actor } from '../../src/lib/server/entities/actor';
import { unique } from './db';

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
