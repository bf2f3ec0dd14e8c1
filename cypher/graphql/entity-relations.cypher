// The GraphQL `relations` field of an entity (`this`), read from its side like the relations block:
// outgoing relations with their type's predicate, incoming ones with the partner's. Optionally one
// direction only and some side keys; related entities in the trash are left out.
MATCH (this)-[r]-(x:Entity)
WHERE x.deletedAt IS NULL
WITH r, x, startNode(r) = this AS outgoing
WHERE $direction = 'BOTH' OR (($direction = 'OUT') = outgoing)
MATCH (rt:RelationType {key: type(r)})-[:SYMMETRIC_OF]->(partner:RelationType)
WITH r, x, outgoing, CASE WHEN outgoing THEN rt ELSE partner END AS side
WHERE $types IS NULL OR side.key IN $types
WITH r, x, outgoing, side
ORDER BY side.predicate, x.name, r.id
LIMIT $limit
RETURN {
  id: r.id, key: side.key, nativeType: type(r), predicate: side.predicate, predicateFr: side.predicateFr,
  direction: CASE WHEN side.symmetric THEN 'BOTH' WHEN outgoing THEN 'OUT' ELSE 'IN' END,
  other: {id: x.id, name: x.name, type: [l IN labels(x) WHERE l <> 'Entity'][0]},
  since: r.since, until: r.until, note: r.note, createdAt: r.createdAt, createdBy: r.createdBy
} AS relation
