import { describe, expect, it } from 'vitest';
import { listQuery } from '../../src/lib/domain/entities';
import type { FilterNode } from '../../src/lib/domain/filters';
import { countFilter, runFilter } from '../../src/lib/server/relations/filters';
import { relate } from '../../src/lib/server/relations/relate';
import { deleteSavedFilter, getSavedFilter, saveFilter, visibleFilters } from '../../src/lib/server/relations/saved-filters';
import { tagEntity } from '../../src/lib/server/relations/tags';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { useDatabase } from '../support/db';
import { admin, agent, contact, organisation } from '../support/fixtures';

useDatabase();

const rel = (type: string, target: FilterNode | { id: string } | null, negate = false): FilterNode => ({
	kind: 'relation',
	negate,
	type,
	target:
		target === null
			? { kind: 'any' }
			: 'id' in target
				? { kind: 'entity', id: target.id }
				: { kind: 'filter', entityType: 'Organisation', filter: target }
});
const and = (...items: FilterNode[]): FilterNode => ({ kind: 'group', op: 'and', items });
const or = (...items: FilterNode[]): FilterNode => ({ kind: 'group', op: 'or', items });
const ours: FilterNode = { kind: 'field', field: 'managed', value: 'true' };

/** Names of matching organisations among those of this test (the database is shared). */
async function names(filter: FilterNode, tag: string) {
	const page = await runFilter('Organisation', filter, listQuery.parse({ q: tag, size: '100' }), null);
	return page.items.map((i) => i.name.split(' ')[0]).sort();
}

describe('relation filters', () => {
	it('"organisations that are prospects of a competitor of ours", and its variations', async () => {
		const tag = Math.random().toString(36).slice(2, 8);
		const make = (n: string, managed = false) => organisation(`${n} ${tag}`, managed ? { managed: 'on' } : {}, admin);
		const [us, rival, other, p1, p2, p3, loner] = await Promise.all([
			make('Us', true),
			make('Rival'),
			make('Other'),
			make('P1'),
			make('P2'),
			make('P3'),
			make('Loner')
		]);
		await relate(rival.id, 'IS_COMPETITOR_OF', [us.id], agent);
		await relate(p1.id, 'IS_PROSPECT_OF', [rival.id], agent);
		await relate(p2.id, 'IS_PROSPECT_OF', [other.id, us.id], agent);
		await relate(p3.id, 'IS_PROSPECT_OF', [rival.id], agent);
		await tagEntity(p3.id, 'vip', agent);

		const prospectsOfOurCompetitors = and(rel('IS_PROSPECT_OF', rel('IS_COMPETITOR_OF', ours)));
		expect(await names(prospectsOfOurCompetitors, tag)).toEqual(['P1', 'P3']);
		// Without the search box the query starts from our companies instead of the full-text index.
		const everywhere = (await runFilter('Organisation', prospectsOfOurCompetitors, listQuery.parse({ size: '100' }), null)).items.map((i) => i.id);
		expect(everywhere).toEqual(expect.arrayContaining([p1.id, p3.id]));
		expect(everywhere).not.toContain(p2.id);
		const idsOf = async (filter: FilterNode) =>
			(await runFilter('Organisation', filter, listQuery.parse({ size: '100' }), null)).items.map((i) => i.id);
		// Started from a generator, the remaining conditions of the AND still apply...
		const notVip = await idsOf(and(prospectsOfOurCompetitors, { kind: 'tag', negate: true, tagId: 'vip' }));
		expect(notVip).toContain(p1.id);
		expect(notVip).not.toContain(p3.id);
		// A common answer is read by walking the name index instead: same first page, total counted apart.
		const walked = await runFilter('Organisation', prospectsOfOurCompetitors, listQuery.parse({ size: '100' }), null, { common: 1 });
		const sorted = await runFilter('Organisation', prospectsOfOurCompetitors, listQuery.parse({ size: '100' }), null);
		expect(walked.total).toBeNull();
		expect(walked.items.map((i) => i.id)).toEqual(sorted.items.map((i) => i.id));
		expect(await countFilter('Organisation', prospectsOfOurCompetitors, listQuery.parse({}), null)).toBe(sorted.total);
		const firstOfOne = await runFilter('Organisation', prospectsOfOurCompetitors, listQuery.parse({ size: '5' }), null, { common: 1 });
		expect(firstOfOne.items).toHaveLength(Math.min(5, sorted.total!));
		expect(firstOfOne.hasMore).toBe(sorted.total! > 5);
		// ...and a union of generators answers an OR.
		const either = await idsOf(or(rel('IS_PROSPECT_OF', us), rel('IS_PROSPECT_OF', rival)));
		expect(either).toEqual(expect.arrayContaining([p1.id, p2.id, p3.id]));
		expect(either).not.toContain(loner.id);
		// The same question asked from the other side of the inner relation.
		const viaInverse = rel('IS_PROSPECT_OF', and({ kind: 'field', field: 'name', value: 'rival' }, rel('IS_COMPETITOR_OF', ours)));
		expect(await names(viaInverse, tag)).toEqual(['P1', 'P3']);
		expect(await names(and(prospectsOfOurCompetitors, { kind: 'tag', negate: true, tagId: 'vip' }), tag)).toEqual(['P1']);
		expect(await names(rel('IS_PROSPECT_OF', us), tag)).toEqual(['P2']);
		expect(await names(or(rel('IS_PROSPECT_OF', us), rel('IS_PROSPECT_OF', rival)), tag)).toEqual(['P1', 'P2', 'P3']);
		expect(await names(and(rel('IS_PROSPECT_OF', null, true), rel('IS_COMPETITOR_OF', null, true), rel('HAS_AS_COMPETITOR', null, true)), tag)).toEqual(['Loner', 'Other']);
		expect(await names(rel('HAS_AS_PROSPECT', null), tag)).toEqual(['Other', 'Rival', 'Us']);

		await trashEntity(p1.id, agent);
		expect(await names(prospectsOfOurCompetitors, tag)).toEqual(['P3']);
	});

	it('refuses an unknown relation type with a message', async () => {
		await expect(runFilter('Organisation', rel('NOT_A_TYPE', null), listQuery.parse({}), null)).rejects.toMatchObject({ code: 'UNKNOWN_RELATION_TYPE' });
	});

	it('refuses absurdly deep filters', async () => {
		let deep: FilterNode = ours;
		for (let i = 0; i < 10; i++) deep = rel('IS_PROSPECT_OF', deep);
		await expect(runFilter('Organisation', deep, listQuery.parse({}), null)).rejects.toMatchObject({ code: 'FILTER_TOO_LARGE' });
	});

	it('filters contacts by their employer', async () => {
		const [org, person] = await Promise.all([organisation('Employer'), contact('Employee')]);
		await relate(person.id, 'IS_EMPLOYEE_OF', [org.id], agent);
		const page = await runFilter('Contact', rel('IS_EMPLOYEE_OF', org), listQuery.parse({}), null);
		expect(page.items.map((i) => i.id)).toEqual([person.id]);
	});
});

describe('saved filters', () => {
	const a = { id: 'user-a', role: 'agent' as const };
	const b = { id: 'user-b', role: 'viewer' as const };
	const client = { id: 'user-c', role: 'client' as const };

	it('are private or shared, and only their owner deletes them', async () => {
		const filter = rel('IS_PROSPECT_OF', rel('IS_COMPETITOR_OF', ours));
		const mine = await saveFilter({ name: 'Mine', entityType: 'Organisation', shared: false, filter }, a);
		const shared = await saveFilter({ name: 'Shared', entityType: 'Organisation', shared: true, filter }, a);
		const seenByB = (await visibleFilters('Organisation', b)).map((f) => f.id);
		expect(seenByB).toContain(shared);
		expect(seenByB).not.toContain(mine);
		await expect(getSavedFilter(mine, b)).rejects.toMatchObject({ status: 404 });
		expect((await getSavedFilter(shared, b)).filter).toEqual(filter);
		await expect(deleteSavedFilter(shared, 'user-b')).rejects.toMatchObject({ status: 404 });
		await deleteSavedFilter(shared, 'user-a');
		await deleteSavedFilter(mine, 'user-a');
	});

	it('are shared among the staff only: a portal client neither sees theirs nor shares its own', async () => {
		const filter = rel('IS_PROSPECT_OF', rel('IS_COMPETITOR_OF', ours));
		const staffs = await saveFilter({ name: 'Staff only', entityType: 'Organisation', shared: true, filter }, a);
		const clients = await saveFilter({ name: 'Client wants to share', entityType: 'Organisation', shared: true, filter }, client);
		expect((await visibleFilters('Organisation', client)).map((f) => f.id)).toEqual([clients]);
		await expect(getSavedFilter(staffs, client)).rejects.toMatchObject({ status: 404 });
		expect((await visibleFilters('Organisation', client))[0]!.shared).toBe(false);
		expect((await visibleFilters('Organisation', b)).map((f) => f.id)).not.toContain(clients);
		await deleteSavedFilter(staffs, a.id);
		await deleteSavedFilter(clients, client.id);
	});
});
