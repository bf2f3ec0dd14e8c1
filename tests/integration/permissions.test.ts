import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { actions as newEntity } from '../../src/routes/(app)/[kind=kind]/new/+page.server';
import { actions as userAdmin } from '../../src/routes/(app)/admin/users/+page.server';
import { actions as settingsAdmin } from '../../src/routes/(app)/admin/settings/+page.server';
import { query, unique, useDatabase } from '../support/db';
import { fakeEvent, staff } from '../support/events';

useDatabase();

async function statusOf(work: () => Promise<unknown>): Promise<{ status: number; message: string }> {
	try {
		await work();
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		if (isRedirect(e)) return { status: e.status, message: e.location };
		throw e;
	}
	return { status: 200, message: '' };
}

const orgForm = (name: string) => ({ name, kind: 'company', status: 'active', phones: ['0142685300'], emails: [''] });

describe('every action checks the role on the server', () => {
	it('a viewer cannot create an organisation: 403 with a sentence, nothing stored', async () => {
		const name = unique('Viewer write');
		const event = fakeEvent({ user: staff('viewer'), form: orgForm(name), params: { kind: 'organisations' } });
		const refused = await statusOf(() => newEntity.default(event as never));
		expect(refused.status).toBe(403);
		expect(refused.message).toMatch(/Viewer.*does not allow/);
		expect(await query('MATCH (o:Organisation {name: $name}) RETURN o', { name })).toHaveLength(0);
	});

	it('an agent cannot use user administration: 403, no user created', async () => {
		const email = `${unique('forged').replace(' ', '.')}@example.com`;
		const event = fakeEvent({ user: staff('agent'), form: { email, lastName: 'Forged', role: 'admin', password: '' } });
		expect((await statusOf(() => userAdmin.create(event as never))).status).toBe(403);
		expect(await query('MATCH (u:User {email: $email}) RETURN u', { email })).toHaveLength(0);
	});

	it('a manager cannot change the settings', async () => {
		const event = fakeEvent({ user: staff('manager'), form: { categories: 'x', defaultPhoneCountry: 'US' } });
		expect((await statusOf(() => settingsAdmin.default(event as never))).status).toBe(403);
		const [row] = await query<{ c: string }>("MATCH (s:Settings {id: 'global'}) RETURN s.defaultPhoneCountry AS c");
		expect(row!.c).toBe('FR');
	});

	it('no user at all gets 401', async () => {
		const event = fakeEvent({ user: null, form: orgForm(unique('Anonymous')), params: { kind: 'organisations' } });
		expect((await statusOf(() => newEntity.default(event as never))).status).toBe(401);
	});

	it('an agent can create one, and a failed form comes back with its values and field errors', async () => {
		const name = unique('Agent write');
		const bad = fakeEvent({ user: staff('agent'), form: { ...orgForm(name), phones: ['12'] }, params: { kind: 'organisations' } });
		const failure = (await newEntity.default(bad as never)) as { status: number; data: { fieldErrors: Record<string, string>; values: Record<string, unknown> } };
		expect(failure.status).toBe(422);
		expect(failure.data.fieldErrors).toEqual({ 'phones.0': 'error.phone.invalid' });
		expect(failure.data.values.name).toBe(name);

		const good = fakeEvent({ user: staff('agent'), form: orgForm(name), params: { kind: 'organisations' } });
		const created = await statusOf(() => newEntity.default(good as never));
		expect(created.status).toBe(303);
		expect(created.message).toMatch(/^\/organisations\/[0-9a-f-]{36}$/);
		expect(await query('MATCH (o:Organisation {name: $name}) RETURN o', { name })).toHaveLength(1);
	});
});
