// The GraphQL `relations` field of an entity (`this`), read from its side like the relations block:
// outgoing relations with their type's predicate, incoming ones with the partner's. Optionally one
// direction only and some side keys; related entities in the trash, or that the principal may not see
// (the access scope travels in the JWT: $jwt.scope, null when they see everything), are left out.
// The relations are grouped by native type before their RelationType is looked up, so the lookup is
// one unique-index seek per type instead of one per relation (like relations/of-entity.cypher); with
// `type(r)` inline the planner scanned every RelationType for each relation. One row per relation
// still: @neo4j/graphql collects the rows of a list-typed @cypher field itself.
// createdAt travels as its ISO string: the DateTime scalar serialises a string and a driver DateTime
// to the same value, and decoding a temporal costs the driver far more than a string.
MATCH (this)-[r]-(x:Entity)
WHERE x.deletedAt IS NULL /*AND VISIBLE(x)*/
WITH r, x, startNode(r) = this AS outgoing
WHERE $direction = 'BOTH' OR (($direction = 'OUT') = outgoing)
WITH type(r) AS nativeType, collect({r: r, x: x, outgoing: outgoing}) AS rows
MATCH (rt:RelationType {key: nativeType})-[:SYMMETRIC_OF]->(partner:RelationType)
UNWIND rows AS row
WITH row.r AS r, row.x AS x, row.outgoing AS outgoing, CASE WHEN row.outgoing THEN rt ELSE partner END AS side
WHERE $types IS NULL OR side.key IN $types
WITH r, x, outgoing, side
ORDER BY side.predicate, x.name, r.id
LIMIT $limit
RETURN {
  id: r.id, key: side.key, nativeType: type(r), predicate: side.predicate, predicateFr: side.predicateFr,
  direction: CASE WHEN side.symmetric THEN 'BOTH' WHEN outgoing THEN 'OUT' ELSE 'IN' END,
  other: {id: x.id, name: x.name, type: x.type},
  since: r.since, until: r.until, note: r.note, createdAt: toString(r.createdAt), createdBy: r.createdBy
} AS relation
