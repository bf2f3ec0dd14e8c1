import { describe, expect, it } from 'vitest';
import { egoQuery } from '../../src/lib/domain/graph';
import { egoNetwork, subgraph } from '../../src/lib/server/explorer/network';
import { relate } from '../../src/lib/server/relations/relate';
import { tagEntity } from '../../src/lib/server/relations/tags';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { useDatabase } from '../support/db';
import { agent, organisation } from '../support/fixtures';

useDatabase();

describe('the ego network', () => {
	it('returns the entities within the depth, every relation among them with both readings, and BFS distances', async () => {
		const [a, b, c, d, far] = await Promise.all([organisation('A'), organisation('B'), organisation('C'), organisation('D'), organisation('Far')]);
		await relate(b.id, 'IS_CUSTOMER_OF', [a.id], agent);
		await relate(c.id, 'IS_PROSPECT_OF', [a.id, d.id], agent);
		await relate(d.id, 'IS_COMPETITOR_OF', [a.id], agent);
		await relate(far.id, 'IS_PARTNER_OF', [b.id], agent);
		await tagEntity(c.id, 'vip', agent);

		const one = await egoNetwork(egoQuery.parse({ id: c.id, depth: '1' }), null);
		expect(one.nodes.map((n) => n.name).sort()).toEqual([a.name, c.name, d.name].sort());
		// D is a competitor of A: both are at distance 1, and that relation is shown too.
		const readings = one.edges.map((e) => `${e.source === c.id ? 'C' : e.source === d.id ? 'D' : '?'} ${e.forward.predicate} / ${e.backward.predicate}`).sort();
		expect(readings).toEqual(['C is a prospect of / has as prospect', 'C is a prospect of / has as prospect', 'D is a competitor of / has as competitor']);
		expect(one.nodes.find((n) => n.id === c.id)).toMatchObject({ distance: 0, tags: [expect.objectContaining({ id: 'vip' })] });
		expect(one.truncated).toBe(false);

		const two = await egoNetwork(egoQuery.parse({ id: c.id, depth: '2' }), null);
		expect(two.nodes.map((n) => n.id)).toContain(b.id);
		expect(two.nodes.map((n) => n.id)).not.toContain(far.id);
		expect(two.nodes.find((n) => n.id === b.id)!.distance).toBe(2);

		const onlyProspects = await egoNetwork(egoQuery.parse({ id: c.id, depth: '3', relationTypes: 'IS_PROSPECT_OF' }), null);
		expect(onlyProspects.nodes.map((n) => n.id).sort()).toEqual([a.id, c.id, d.id].sort());
		expect(onlyProspects.edges.every((e) => e.nativeType === 'IS_PROSPECT_OF')).toBe(true);

		const capped = await egoNetwork(egoQuery.parse({ id: a.id, depth: '3', limit: '3' }), null);
		expect(capped.nodes).toHaveLength(3);
		expect(capped.truncated).toBe(true);

		await trashEntity(d.id, agent);
		const withoutTrash = await egoNetwork(egoQuery.parse({ id: c.id, depth: '1' }), null);
		expect(withoutTrash.nodes.map((n) => n.id)).not.toContain(d.id);
	});

	it('refuses an unknown relation type and answers 404 for an unknown entity', async () => {
		await expect(egoNetwork(egoQuery.parse({ id: 'nope', depth: '1' }), null)).rejects.toMatchObject({ status: 404 });
		const x = await organisation();
		await expect(egoNetwork(egoQuery.parse({ id: x.id, relationTypes: 'NOT_A_TYPE' }), null)).rejects.toMatchObject({ code: 'UNKNOWN_RELATION_TYPE' });
	});

	it('returns the given entities even when no relation joins them (a saved view of unrelated entities)', async () => {
		const [a, b] = await Promise.all([organisation('Alone A'), organisation('Alone B')]);
		const sub = await subgraph([a.id, b.id], null);
		expect(sub.nodes.map((n) => n.id).sort()).toEqual([a.id, b.id].sort());
		expect(sub.edges).toEqual([]);
	});
});
