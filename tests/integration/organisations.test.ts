import { describe, expect, it } from 'vitest';
import { listQuery } from '../../src/lib/domain/entities';
import {
	createOrganisation,
	getOrganisation,
	listOrganisations,
	updateOrganisation
} from '../support/fixtures';
import { globalSearch } from '../../src/lib/server/entities/search';
import { listTrash, purgeEntity, restoreEntity, trashEntity } from '../../src/lib/server/entities/trash';
import { query, unique, useDatabase } from '../support/db';
import { refusal } from '../support/refusal';

useDatabase();

const agent = { id: 'test-agent', role: 'agent' as const };
const admin = { id: 'test-admin', role: 'admin' as const };

const valid = (name: string, extra: Record<string, unknown> = {}) => ({
	name,
	kind: 'company',
	category: 'gold',
	status: 'active',
	phones: ['01 42 68 53 00', '', ''],
	emails: ['Contact@Example.FR', ''],
	street: '1 rue de la Paix',
	postcode: '75002',
	city: 'Paris',
	country: 'fr',
	landmarks: '',
	comments: '',
	...extra
});

const countNamed = async (name: string) =>
	(await query<{ n: number }>('MATCH (o:Organisation {name: $name}) RETURN count(o) AS n', { name }))[0]!.n;

describe('organisations', () => {
	it('stores phones in E.164 and e-mails in lower case', async () => {
		const name = unique('Normalised');
		const id = await createOrganisation(valid(name, { phones: ['01 42 68 53 00', '+213 21 23 45 67', '0033 6 12 34 56 78'] }), agent);
		const org = await getOrganisation(id);
		expect(org.phones).toEqual(['+33142685300', '+21321234567', '+33612345678']);
		expect(org.emails).toEqual(['contact@example.fr']);
		expect(org.country).toBe('FR');
		expect(org.managed).toBe(false);
	});

	it('refuses an invalid phone with a field error and stores nothing', async () => {
		const name = unique('Bad phone');
		const error = await refusal(createOrganisation(valid(name, { phones: ['', '01 23', ''] }), agent));
		expect(error.status).toBe(422);
		expect(error.fieldErrors).toEqual({ 'phones.1': 'error.phone.invalid' });
		expect(await countNamed(name)).toBe(0);
	});

	it('reports every invalid field at once', async () => {
		const error = await refusal(
			createOrganisation(valid('', { kind: 'asleep', emails: ['not-an-email', ''], country: 'France', category: 'platinum' }), agent)
		);
		expect(Object.keys(error.fieldErrors).sort()).toEqual(['country', 'emails.0', 'kind', 'name']);
	});

	it('refuses a category that is not in the settings', async () => {
		const error = await refusal(createOrganisation(valid(unique('Cat'), { category: 'platinum' }), agent));
		expect(error.fieldErrors).toEqual({ category: 'error.category' });
	});

	it('refuses more than three phones', async () => {
		const error = await refusal(
			createOrganisation(valid(unique('Many'), { phones: ['0142685300', '0142685301', '0142685302', '0142685303'] }), agent)
		);
		expect(error.fieldErrors.phones).toBe('error.tooManyPhones');
	});

	it('lets only admins mark an organisation as ours', async () => {
		const byAgent = await createOrganisation(valid(unique('Ours?'), { managed: 'on' }), agent);
		const byAdmin = await createOrganisation(valid(unique('Ours!'), { managed: 'on' }), admin);
		expect((await getOrganisation(byAgent)).managed).toBe(false);
		expect((await getOrganisation(byAdmin)).managed).toBe(true);
	});

	it('updates only the version the user saw', async () => {
		const name = unique('Versioned');
		const id = await createOrganisation(valid(name), agent);
		const seen = await getOrganisation(id);
		await updateOrganisation(id, seen.version, valid(`${name} renamed`, { phones: ['06 12 34 56 78'] }), agent);
		const after = await getOrganisation(id);
		expect(after.name).toBe(`${name} renamed`);
		expect(after.phones).toEqual(['+33612345678']);

		const stale = await refusal(updateOrganisation(id, seen.version, valid(`${name} lost update`), agent));
		expect(stale.status).toBe(409);
		expect((await getOrganisation(id)).name).toBe(`${name} renamed`);
	});

	it('finds an organisation by a phone number typed in any format', async () => {
		const name = unique('Findable');
		const id = await createOrganisation(valid(name, { phones: ['+33 1 99 00 12 34', '', ''] }), agent);
		for (const typed of ['01 99 00 12 34', '0199001234', '+33199001234', '0033 1 99 00 12 34', '01.99.00.12.34']) {
			const hits = await globalSearch(typed, null);
			expect(hits.map((h) => h.id), typed).toContain(id);
		}
		expect((await globalSearch(name.split(' ')[1]!, null)).map((h) => h.id)).toContain(id);
	});

	it('finds names without their accents', async () => {
		const suffix = Math.random().toString(36).slice(2, 8);
		const id = await createOrganisation(valid(`Société Générale des Eaux ${suffix}`), agent);
		const hits = await globalSearch(`societe eaux ${suffix}`, null);
		expect(hits.map((h) => h.id)).toEqual([id]);
	});

	it('sorts and paginates the list', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		for (const [letter, city] of [['C', 'Lyon'], ['A', 'Nice'], ['B', 'Brest']] as const) {
			await createOrganisation(valid(`${letter} sorted ${tag}`, { city }), agent);
		}
		const byName = await listOrganisations(listQuery.parse({ q: tag, size: '5' }));
		expect(byName.items.map((i) => i.name[0])).toEqual(['A', 'B', 'C']);
		const byCityDesc = await listOrganisations(listQuery.parse({ q: tag, sort: 'city', dir: 'desc' }));
		expect(byCityDesc.items.map((i) => i.values.city)).toEqual(['Nice', 'Lyon', 'Brest']);
		const second = await listOrganisations(listQuery.parse({ q: tag, size: '5', page: '1' }));
		expect(second.total).toBe(3);
		const unknownSort = await listOrganisations(listQuery.parse({ q: tag, sort: 'passwordHash' }));
		expect(unknownSort.items.map((i) => i.name[0])).toEqual(['A', 'B', 'C']);
	});

	it('moves to the trash, hides from lists, restores, and purges only from the trash', async () => {
		const name = unique('Trashable');
		const id = await createOrganisation(valid(name), agent);
		await expect(purgeEntity(id, admin)).rejects.toMatchObject({ code: 'NOT_IN_TRASH' });

		await trashEntity(id, agent);
		expect((await listOrganisations(listQuery.parse({ q: name }))).total).toBe(0);
		expect((await globalSearch(name, null)).length).toBe(0);
		expect((await listTrash(listQuery.parse({ q: name }), null)).items.map((i) => i.id)).toEqual([id]);

		await restoreEntity(id, agent);
		expect((await listOrganisations(listQuery.parse({ q: name }))).items.map((i) => i.id)).toEqual([id]);

		await trashEntity(id, agent);
		await purgeEntity(id, admin);
		expect(await countNamed(name)).toBe(0);
	});

	it('keeps our own company out of the trash', async () => {
		const id = await createOrganisation(valid(unique('Ours')), admin);
		await updateOrganisation(id, (await getOrganisation(id)).version, valid(unique('Ours'), { managed: 'on' }), admin);
		await expect(trashEntity(id, admin)).rejects.toMatchObject({ code: 'MANAGED_ORGANISATION' });
	});
});
