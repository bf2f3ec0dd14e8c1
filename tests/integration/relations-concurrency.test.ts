import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../src/lib/domain/errors';
import { relate, unrelate } from '../../src/lib/server/relations/relate';
import { relationsOf } from '../../src/lib/server/relations/relations';
import { tagEntity } from '../../src/lib/server/relations/tags';
import { query, useDatabase } from '../support/db';
import { agent, contact, organisation } from '../support/fixtures';

useDatabase();

const WORKERS = 8;
const CALLS_PER_WORKER = 2000;
// Both sides of asymmetric pairs, a symmetric type, and types whose constraints most random pairs break.
const SIDES = ['IS_PROSPECT_OF', 'HAS_AS_PROSPECT', 'IS_PARTNER_OF', 'IS_CUSTOMER_OF', 'IS_EMPLOYEE_OF', 'EMPLOYS', 'IS_SALES_AGENT_OF', 'IS_COMPETITOR_OF'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('concurrent relate and unrelate', () => {
	it(`${WORKERS} workers × ${CALLS_PER_WORKER} calls leave no duplicate, no constraint broken, every relation readable from both sides`, async () => {
		const orgs = await Promise.all(Array.from({ length: 6 }, (_, i) => organisation(`Race org ${i}`)));
		const people = await Promise.all(Array.from({ length: 6 }, (_, i) => contact(`Race contact ${i}`)));
		// Two contacts carry the staff tag by hand here (the tag is internal: only the product gives it).
		for (const p of people.slice(0, 2)) await tagEntity(p.id, 'staff', agent, true);
		const ids = [...orgs, ...people].map((e) => e.id);

		const outcomes = { created: 0, removed: 0, refused: new Map<string, number>() };
		const worker = async (seed: number) => {
			const next = random(seed);
			const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
			for (let i = 0; i < CALLS_PER_WORKER; i++) {
				const subject = pick(ids);
				try {
					if (next() < 0.6) {
						await relate(subject, pick(SIDES), [pick(ids)], agent);
						outcomes.created++;
					} else {
						const existing = await relationsOf(subject, null);
						if (existing.length === 0) continue;
						await unrelate(subject, pick(existing).id, agent);
						outcomes.removed++;
					}
				} catch (e) {
					if (!isDomainError(e)) throw e;
					outcomes.refused.set(e.code, (outcomes.refused.get(e.code) ?? 0) + 1);
				}
			}
		};
		await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w + 1)));

		// The race really happened: relations were made, removed, and refused for the expected reasons.
		expect(outcomes.created).toBeGreaterThan(100);
		expect(outcomes.removed).toBeGreaterThan(100);
		expect(outcomes.refused.get('DUPLICATE')).toBeGreaterThan(0);
		expect(outcomes.refused.get('RELATION_TYPE_NOT_ALLOWED')).toBeGreaterThan(0);
		expect([...outcomes.refused.keys()].every((code) =>
			['DUPLICATE', 'RELATION_TYPE_NOT_ALLOWED', 'SELF_RELATION', 'SUBJECT_MISSING_TAG', 'RELATION_NOT_FOUND'].includes(code)
		)).toBe(true);

		const duplicates = await query(
			`MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
			 MATCH (t:RelationType {key: type(r)})
			 WITH CASE WHEN t.symmetric AND b.id < a.id THEN [b.id, a.id] ELSE [a.id, b.id] END AS pair, type(r) AS type, count(r) AS n
			 WHERE n > 1 RETURN pair, type, n`,
			{ ids }
		);
		expect(duplicates).toEqual([]);

		const violations = await query(
			`MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
			 MATCH (t:RelationType {key: type(r)})-[:SYMMETRIC_OF]->(p:RelationType)
			 WITH r, a, b, t, p, [l IN labels(a) WHERE l <> 'Entity'][0] AS at, [l IN labels(b) WHERE l <> 'Entity'][0] AS bt
			 WHERE a = b
			    OR (size(t.subjectTypes) > 0 AND NOT at IN t.subjectTypes)
			    OR (size(p.subjectTypes) > 0 AND NOT bt IN p.subjectTypes)
			    OR any(tag IN t.requiredTags WHERE NOT EXISTS { (a)-[:TAGGED]->(:TagType {id: tag}) })
			    OR any(tag IN p.requiredTags WHERE NOT EXISTS { (b)-[:TAGGED]->(:TagType {id: tag}) })
			 RETURN type(r) AS type, a.name AS subject, b.name AS object`,
			{ ids }
		);
		expect(violations).toEqual([]);

		const stored = await query<{ id: string; a: string; b: string }>(
			'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id AS id, a.id AS a, b.id AS b',
			{ ids }
		);
		expect(stored.length).toBeGreaterThan(0);
		const readable = new Map<string, Set<string>>();
		for (const id of ids) readable.set(id, new Set((await relationsOf(id, null)).map((r) => r.id)));
		for (const r of stored) {
			expect(readable.get(r.a)!.has(r.id), `relation ${r.id} from its start`).toBe(true);
			expect(readable.get(r.b)!.has(r.id), `relation ${r.id} from its end`).toBe(true);
		}
	}, 600_000);
});
