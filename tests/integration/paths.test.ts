import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../src/lib/server/explorer/graph-paths';
import { relate } from '../../src/lib/server/relations/relate';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { useDatabase } from '../support/db';
import { agent, contact, organisation } from '../support/fixtures';

useDatabase();

const names = (path: { entities: { name: string }[] }) => path.entities.map((e) => e.name);
const predicates = (path: { hops: { predicate: string }[] }) => path.hops.map((h) => h.predicate);

describe('shortest paths between two entities', () => {
	it('reads each hop in the direction of the path', async () => {
		const [supplier, customer] = await Promise.all([organisation('Supplier'), organisation('Customer')]);
		const person = await contact('Employee');
		await relate(customer.id, 'IS_CUSTOMER_OF', [supplier.id], agent);
		await relate(person.id, 'IS_EMPLOYEE_OF', [customer.id], agent);

		const [forward] = await shortestPaths(person.id, supplier.id, null);
		expect(names(forward!)).toEqual([person.name, customer.name, supplier.name]);
		expect(predicates(forward!)).toEqual(['is an employee of', 'is a customer of']);
		expect(forward!.length).toBe(2);
		expect(forward!.hops[0]).toMatchObject({ key: 'IS_EMPLOYEE_OF', fromId: person.id, toId: customer.id });

		const [backward] = await shortestPaths(supplier.id, person.id, null);
		expect(predicates(backward!)).toEqual(['has as customer', 'employs']);
		expect(backward!.hops.map((h) => h.key)).toEqual(['HAS_AS_CUSTOMER', 'EMPLOYS']);
	});

	it('returns the k shortest, shortest first, up to the limit, none longer than maxLength', async () => {
		const [a, b1, b2, b3, c] = await Promise.all(['A', 'B1', 'B2', 'B3', 'C'].map((n) => organisation(`Paths ${n}`)));
		for (const b of [b1!, b2!, b3!]) {
			await relate(a!.id, 'IS_PARTNER_OF', [b.id], agent);
			await relate(b.id, 'IS_PARTNER_OF', [c!.id], agent);
		}
		const all = await shortestPaths(a!.id, c!.id, null);
		expect(all).toHaveLength(3);
		expect(all.every((p) => p.length === 2)).toBe(true);
		expect(new Set(all.map((p) => p.entities[1]!.id))).toEqual(new Set([b1!.id, b2!.id, b3!.id]));
		expect(await shortestPaths(a!.id, c!.id, null, { limit: 2 })).toHaveLength(2);
		expect(await shortestPaths(a!.id, c!.id, null, { maxLength: 1 })).toEqual([]);

		// A direct relation is shorter than any of them: it comes first.
		await relate(a!.id, 'IS_SUPPLIER_OF', [c!.id], agent);
		const [direct, ...longer] = await shortestPaths(a!.id, c!.id, null);
		expect(direct).toMatchObject({ length: 1, hops: [{ predicate: 'is a supplier of' }] });
		expect(longer.every((p) => p.length === 2)).toBe(true);
	});

	it('goes around entities in the trash, and finds nothing from or to one', async () => {
		const [a, via, detour1, detour2, z] = await Promise.all(['A', 'via', 'detour 1', 'detour 2', 'Z'].map((n) => organisation(`Trash paths ${n}`)));
		await relate(a!.id, 'IS_PARTNER_OF', [via!.id], agent);
		await relate(via!.id, 'IS_PARTNER_OF', [z!.id], agent);
		await relate(a!.id, 'IS_PARTNER_OF', [detour1!.id], agent);
		await relate(detour1!.id, 'IS_PARTNER_OF', [detour2!.id], agent);
		await relate(detour2!.id, 'IS_PARTNER_OF', [z!.id], agent);
		expect((await shortestPaths(a!.id, z!.id, null)).map(names)).toEqual([
			[a!.name, via!.name, z!.name],
			[a!.name, detour1!.name, detour2!.name, z!.name]
		]);

		await trashEntity(via!.id, agent);
		expect((await shortestPaths(a!.id, z!.id, null)).map(names)).toEqual([[a!.name, detour1!.name, detour2!.name, z!.name]]);
		await trashEntity(z!.id, agent);
		expect(await shortestPaths(a!.id, z!.id, null)).toEqual([]);
	});

	it('answers nothing for unknown or unconnected entities, and refuses bounds outside 1–6 hops and 1–5 paths', async () => {
		const [x, y] = await Promise.all([organisation('Lonely X'), organisation('Lonely Y')]);
		expect(await shortestPaths(x.id, y.id, null, { maxLength: 6 })).toEqual([]);
		expect(await shortestPaths(x.id, 'no-such-entity', null)).toEqual([]);
		await expect(shortestPaths(x.id, y.id, null, { maxLength: 7 })).rejects.toMatchObject({ code: 'INVALID_PATH_QUERY', status: 422 });
		await expect(shortestPaths(x.id, y.id, null, { maxLength: 0 })).rejects.toMatchObject({ code: 'INVALID_PATH_QUERY' });
		await expect(shortestPaths(x.id, y.id, null, { limit: 6 })).rejects.toMatchObject({ code: 'INVALID_PATH_QUERY' });
		await expect(shortestPaths(x.id, x.id, null)).rejects.toMatchObject({ code: 'INVALID_PATH_QUERY' });
	});
});
