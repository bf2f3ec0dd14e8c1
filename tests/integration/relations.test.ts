import { describe, expect, it } from 'vitest';
import { relationTypeInput } from '../../src/lib/domain/relations';
import { relate, unrelate } from '../../src/lib/server/relations/relate';
import { changeStanding } from '../../src/lib/server/relations/standing';
import {
	createRelationType,
	deleteRelationType,
	relationTypesFor,
	setRelationTypeEnabled
} from '../../src/lib/server/relations/relation-types';
import { relationsOf } from '../../src/lib/server/relations/relations';
import { tagEntity } from '../../src/lib/server/relations/tags';
import { historyOf } from '../../src/lib/server/entities/history';
import { trashEntity } from '../../src/lib/server/entities/trash';
import { execute, query, useDatabase } from '../support/db';
import { admin, agent, contact, organisation } from '../support/fixtures';

useDatabase();

/** "predicate other" lines of an entity's relations block. */
const readout = async (id: string) => (await relationsOf(id, null)).map((r) => `${r.predicate} ${r.other.name}`).sort();

const nativeCount = async (a: string, b: string) =>
	(await query<{ n: number }>('MATCH (:Entity {id: $a})-[r]-(:Entity {id: $b}) RETURN count(r) AS n', { a, b }))[0]!.n;

const resellerType = (extra: Record<string, unknown> = {}) =>
	relationTypeInput.parse({
		subjectTypes: ['Organisation'],
		subjectRequiredTags: [],
		subjectForbiddenTags: [],
		predicate: 'is a reseller of',
		predicateFr: 'est revendeur de',
		symmetric: false,
		inversePredicate: 'has as reseller',
		inversePredicateFr: 'a pour revendeur',
		objectTypes: ['Organisation'],
		objectRequiredTags: [],
		objectForbiddenTags: [],
		...extra
	});

describe('relations read both ways', () => {
	it('the founding example: A ours, B customer, C prospect of A and D, D competitor', async () => {
		const [a, b, c, d] = await Promise.all(['A', 'B', 'C', 'D'].map((n) => organisation(n)));
		await relate(b!.id, 'IS_CUSTOMER_OF', [a!.id], agent);
		await relate(c!.id, 'IS_PROSPECT_OF', [a!.id, d!.id], agent);
		// From the object's side: "A has as competitor D" is stored as D IS_COMPETITOR_OF A.
		await relate(a!.id, 'HAS_AS_COMPETITOR', [d!.id], agent);

		expect(await readout(c!.id)).toEqual([`is a prospect of ${a!.name}`, `is a prospect of ${d!.name}`]);
		expect(await readout(a!.id)).toEqual([
			`has as competitor ${d!.name}`,
			`has as customer ${b!.name}`,
			`has as prospect ${c!.name}`
		].sort());
		expect(await readout(d!.id)).toEqual([`has as prospect ${c!.name}`, `is a competitor of ${a!.name}`]);
		const [stored] = await query<{ t: string }>(
			'MATCH (:Entity {id: $d})-[r]->(:Entity {id: $a}) RETURN type(r) AS t',
			{ d: d!.id, a: a!.id }
		);
		expect(stored!.t).toBe('IS_COMPETITOR_OF');

		const fromA = (await relationsOf(a!.id, null)).find((r) => r.other.id === c!.id)!;
		await unrelate(a!.id, fromA.id, agent);
		expect(await readout(c!.id)).toEqual([`is a prospect of ${d!.name}`]);
	});

	it('stores a symmetric relation once and reads it the same from both ends', async () => {
		const [x, y] = await Promise.all([organisation('X'), organisation('Y')]);
		await relate(x.id, 'IS_PARTNER_OF', [y.id], agent);
		await expect(relate(y.id, 'IS_PARTNER_OF', [x.id], agent)).rejects.toMatchObject({ code: 'DUPLICATE', status: 409 });
		expect(await readout(x.id)).toEqual([`is a partner of ${y.name}`]);
		expect(await readout(y.id)).toEqual([`is a partner of ${x.name}`]);
		expect(await nativeCount(x.id, y.id)).toBe(1);
	});

	it('keeps the attributes', async () => {
		const [x, y] = await Promise.all([organisation(), organisation()]);
		await relate(x.id, 'IS_CUSTOMER_OF', [y.id], agent, { since: '2024-01-15', until: null, note: 'via the trade fair' });
		const [r] = await relationsOf(y.id, null);
		expect(r).toMatchObject({ predicate: 'has as customer', since: '2024-01-15', until: null, note: 'via the trade fair' });
	});
});

describe('relate refuses with a message and writes nothing', () => {
	it('a duplicate, from either side', async () => {
		const [x, y] = await Promise.all([organisation(), organisation()]);
		await relate(x.id, 'IS_PROSPECT_OF', [y.id], agent);
		await expect(relate(x.id, 'IS_PROSPECT_OF', [y.id], agent)).rejects.toMatchObject({ code: 'DUPLICATE' });
		await expect(relate(y.id, 'HAS_AS_PROSPECT', [x.id], agent)).rejects.toMatchObject({ code: 'DUPLICATE' });
		// The reverse relation is another fact and is allowed.
		await relate(y.id, 'IS_PROSPECT_OF', [x.id], agent);
		expect(await nativeCount(x.id, y.id)).toBe(2);
	});

	it('a self-relation', async () => {
		const x = await organisation();
		await expect(relate(x.id, 'IS_PARTNER_OF', [x.id], agent)).rejects.toMatchObject({ code: 'SELF_RELATION' });
	});

	it('a type not allowed for the subject or the object, naming the allowed types', async () => {
		const [org, person] = await Promise.all([organisation(), contact()]);
		const subject = await relate(org.id, 'IS_EMPLOYEE_OF', [org.id === person.id ? org.id : (await organisation()).id], agent).catch((e) => e);
		expect(subject).toMatchObject({ code: 'RELATION_TYPE_NOT_ALLOWED', message: 'error.relate.SUBJECT_TYPE_NOT_ALLOWED' });
		expect(subject.params).toMatchObject({ allowed: 'Contact', subjectType: 'Organisation' });
		const object = await relate(person.id, 'IS_EMPLOYEE_OF', [(await contact()).id], agent).catch((e) => e);
		expect(object).toMatchObject({ code: 'RELATION_TYPE_NOT_ALLOWED', message: 'error.relate.OBJECT_TYPE_NOT_ALLOWED' });
		expect(object.params).toMatchObject({ allowedObjects: 'Organisation', objectType: 'Contact' });
	});

	it('a missing required tag or a forbidden one', async () => {
		const [person, org] = await Promise.all([contact(), organisation()]);
		// "is the sales agent of" requires the staff tag, which only user accounts' contacts carry.
		await expect(relate(person.id, 'IS_SALES_AGENT_OF', [org.id], agent)).rejects.toMatchObject({
			code: 'SUBJECT_MISSING_TAG',
			params: expect.objectContaining({ tags: 'Staff member' })
		});
		const key = await createRelationType(resellerType({ objectForbiddenTags: ['vip'] }));
		const [reseller, vip] = await Promise.all([organisation(), organisation()]);
		await tagEntity(vip.id, 'vip', agent);
		await expect(relate(reseller.id, key, [vip.id], agent)).rejects.toMatchObject({ code: 'OBJECT_FORBIDDEN_TAG' });
	});

	it('a disabled type, then usable again once enabled', async () => {
		const key = await createRelationType(resellerType());
		const [x, y] = await Promise.all([organisation(), organisation()]);
		await setRelationTypeEnabled(key, false);
		await expect(relate(x.id, key, [y.id], agent)).rejects.toMatchObject({ code: 'TYPE_DISABLED' });
		await setRelationTypeEnabled(key, true);
		await relate(x.id, key, [y.id], agent);
	});

	it('an internal type, unless the product asks', async () => {
		const key = await createRelationType(resellerType());
		await execute('MATCH (t:RelationType {key: $key}) SET t.internal = true', { key });
		const [x, y] = await Promise.all([organisation(), organisation()]);
		await expect(relate(x.id, key, [y.id], agent)).rejects.toMatchObject({ code: 'TYPE_INTERNAL' });
		const [id] = await relate(x.id, key, [y.id], agent, undefined, { allowInternal: true });
		await expect(unrelate(x.id, id!, agent)).rejects.toMatchObject({ code: 'TYPE_INTERNAL' });
	});

	it('an entity in the trash', async () => {
		const [x, y] = await Promise.all([organisation(), organisation()]);
		await trashEntity(y.id, agent);
		await expect(relate(x.id, 'IS_PARTNER_OF', [y.id], agent)).rejects.toMatchObject({ code: 'OBJECT_TRASHED' });
	});

	it('an entity that does not exist, and a side type that does not exist', async () => {
		const x = await organisation();
		await expect(relate(x.id, 'IS_PARTNER_OF', ['no-such-entity'], agent)).rejects.toMatchObject({ code: 'OBJECT_NOT_FOUND', status: 404 });
		await expect(relate('no-such-entity', 'IS_PARTNER_OF', [x.id], agent)).rejects.toMatchObject({ code: 'SUBJECT_NOT_FOUND', status: 404 });
		await expect(relate(x.id, 'NO_SUCH_TYPE', [x.id], agent)).rejects.toMatchObject({ code: 'UNKNOWN_RELATION_TYPE', status: 422 });
	});

	it('all or nothing when several objects are given', async () => {
		const [x, y, z] = await Promise.all([organisation(), organisation(), organisation()]);
		await relate(x.id, 'IS_PARTNER_OF', [z.id], agent);
		await expect(relate(x.id, 'IS_PARTNER_OF', [y.id, z.id], agent)).rejects.toMatchObject({ code: 'DUPLICATE' });
		expect(await nativeCount(x.id, y.id)).toBe(0);
	});
});

describe('standing with our company', () => {
	it('moves a prospect to customer in one step, both steps in the history of both entities', async () => {
		const [ours, lead] = await Promise.all([organisation('Ours', { managed: 'on' }, admin), organisation('Lead')]);
		expect((await changeStanding(lead!.id, ours!.id, 'IS_PROSPECT_OF', agent)).replaced).toEqual([]);
		const change = await changeStanding(lead!.id, ours!.id, 'IS_CUSTOMER_OF', agent);
		expect(change.now.predicate).toBe('is a customer of');
		expect(change.replaced.map((r) => r.key)).toEqual(['IS_PROSPECT_OF']);
		expect(await readout(lead!.id)).toEqual([`is a customer of ${ours!.name}`]);
		for (const id of [lead!.id, ours!.id]) {
			const lines = (await historyOf(id, null)).items.filter((e) => e.relation).map((e) => `${e.action} ${e.relation!.predicate}`);
			expect(lines, id).toEqual(expect.arrayContaining([expect.stringMatching(/^unrelated (is a prospect of|has as prospect)$/), expect.stringMatching(/^related (is a customer of|has as customer)$/)]));
		}
	});

	it('keeps competitor beside the stage, and refuses the stage it has, changing nothing', async () => {
		const [ours, rival] = await Promise.all([organisation('Ours', { managed: 'on' }, admin), organisation('Rival')]);
		await changeStanding(rival!.id, ours!.id, 'IS_CUSTOMER_OF', agent);
		expect((await changeStanding(rival!.id, ours!.id, 'IS_COMPETITOR_OF', agent)).replaced).toEqual([]);
		const again = await changeStanding(rival!.id, ours!.id, 'IS_CUSTOMER_OF', agent).catch((e) => e);
		expect(again).toMatchObject({ code: 'DUPLICATE', status: 409 });
		expect(await readout(rival!.id)).toEqual([`is a competitor of ${ours!.name}`, `is a customer of ${ours!.name}`]);
		// Lapsed: inactive customer replaces customer; competitor stays.
		await changeStanding(rival!.id, ours!.id, 'IS_INACTIVE_CUSTOMER_OF', agent);
		expect(await readout(rival!.id)).toEqual([`is a competitor of ${ours!.name}`, `is an inactive customer of ${ours!.name}`]);
		await expect(changeStanding(rival!.id, ours!.id, 'EMPLOYS', agent)).rejects.toMatchObject({ status: 422 });
	});

	it('two people changing the same standing at once leave exactly one stage', async () => {
		const [ours, lead] = await Promise.all([organisation('Ours', { managed: 'on' }, admin), organisation('Lead')]);
		await changeStanding(lead!.id, ours!.id, 'IS_PROSPECT_OF', agent);
		const outcomes = await Promise.allSettled([
			changeStanding(lead!.id, ours!.id, 'IS_CUSTOMER_OF', agent),
			changeStanding(lead!.id, ours!.id, 'IS_SUSPECT_OF', agent)
		]);
		expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
		const stages = (await relationsOf(lead!.id, null)).filter((r) => ['IS_SUSPECT_OF', 'IS_PROSPECT_OF', 'IS_CUSTOMER_OF'].includes(r.key));
		expect(stages).toHaveLength(1);
	});
});

describe('custom relation types', () => {
	it('are usable at once and offered only to the entity types they allow', async () => {
		const key = await createRelationType(resellerType());
		const [x, y, person] = await Promise.all([organisation(), organisation(), contact()]);
		await relate(x.id, key, [y.id], agent);
		expect(await readout(y.id)).toEqual([`has as reseller ${x.name}`]);
		expect((await relationTypesFor(x.id)).map((p) => p.side.key)).toContain(key);
		expect((await relationTypesFor(person.id)).map((p) => p.side.key)).not.toContain(key);
		await expect(relate(person.id, key, [y.id], agent)).rejects.toMatchObject({ params: expect.objectContaining({ allowed: 'Organisation' }) });
	});

	it('cannot be deleted while used, unless the count is confirmed', async () => {
		const key = await createRelationType(resellerType());
		const [x, y, z] = await Promise.all([organisation(), organisation(), organisation()]);
		await relate(x.id, key, [y.id, z.id], agent);
		await expect(deleteRelationType(key, null, admin)).rejects.toMatchObject({ code: 'RELATION_TYPE_IN_USE', params: { count: 2 } });
		await expect(deleteRelationType(key, 1, admin)).rejects.toMatchObject({ code: 'RELATION_TYPE_IN_USE' });
		expect(await deleteRelationType(key, 2, admin)).toBe(2);
		expect(await readout(x.id)).toEqual([]);
		expect(await query('MATCH (t:RelationType) WHERE t.key STARTS WITH $key RETURN t', { key })).toHaveLength(0);
	});

	it('built-in types can only be enabled or disabled', async () => {
		await expect(deleteRelationType('IS_PROSPECT_OF', 0, admin)).rejects.toMatchObject({ code: 'BUILT_IN_TYPE' });
	});
});

describe('history', () => {
	it('records which fields an edit changed, before and after', async () => {
		const { updateOrganisation, getOrganisation } = await import('../support/fixtures');
		const x = await organisation('Edited');
		const seen = await getOrganisation(x.id);
		await updateOrganisation(x.id, seen.version, { name: seen.name, kind: 'individual', phones: ['0142685300'], emails: [] }, agent);
		const [edit] = (await historyOf(x.id, null)).items;
		expect(edit!.action).toBe('updated');
		expect(edit!.fields).toEqual(
			expect.arrayContaining([
				{ field: 'kind', before: 'company', after: 'individual' },
				{ field: 'phones', before: [], after: ['+33142685300'] }
			])
		);
		expect(edit!.fields.map((f) => f.field)).not.toContain('name');
	});

	it('records relations on both sides with the right predicate, and field changes', async () => {
		const [x, y] = await Promise.all([organisation(), organisation()]);
		const [id] = await relate(x.id, 'IS_PROSPECT_OF', [y.id], agent);
		await unrelate(y.id, id!, agent);
		const fromX = (await historyOf(x.id, null)).items.map((e) => `${e.action} ${e.relation?.predicate ?? ''} ${e.relation?.otherName ?? ''}`.trim());
		const fromY = (await historyOf(y.id, null)).items.map((e) => `${e.action} ${e.relation?.predicate ?? ''} ${e.relation?.otherName ?? ''}`.trim());
		expect(fromX).toEqual([`unrelated is a prospect of ${y.name}`, `related is a prospect of ${y.name}`, 'created']);
		expect(fromY).toEqual([`unrelated has as prospect ${x.name}`, `related has as prospect ${x.name}`, 'created']);
	});
});
