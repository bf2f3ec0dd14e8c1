// Every relation of an entity, read from its side: outgoing ones with their type's predicate,
// incoming ones with the partner's. Related entities in the trash are left out.
MATCH (e:Entity {id: $id})-[r]-(x:Entity)
WHERE x.deletedAt IS NULL
WITH type(r) AS nativeType, collect({r: r, x: x, outgoing: startNode(r) = e}) AS rows
MATCH (rt:RelationType {key: nativeType})-[:SYMMETRIC_OF]->(partner:RelationType)
UNWIND rows AS row
WITH row, CASE WHEN row.outgoing THEN rt ELSE partner END AS side
WITH row.r AS r, row.x AS x, side
ORDER BY side.predicate, x.sortName
RETURN r.id AS id, side.key AS key, side.predicate AS predicate, side.predicateFr AS predicateFr,
       x {.id, .name, .deletedAt, type: [l IN labels(x) WHERE l <> 'Entity'][0]} AS other,
       r.since AS since, r.until AS until, r.note AS note, r.createdAt AS createdAt
