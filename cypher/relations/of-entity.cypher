// Every relation of an entity, read from its side: outgoing ones with their type's predicate,
// incoming ones with the partner's. Related entities in the trash are left out. One row holding
// the list: a hub's thousand relations travel as one record, not a thousand.
MATCH (e:Entity {id: $id})-[r]-(x:Entity)
WHERE x.deletedAt IS NULL /*AND VISIBLE(x)*/
WITH type(r) AS nativeType, collect({r: r, x: x, outgoing: startNode(r) = e}) AS rows
MATCH (rt:RelationType {key: nativeType})-[:SYMMETRIC_OF]->(partner:RelationType)
UNWIND rows AS row
WITH row.r AS r, row.x AS x, CASE WHEN row.outgoing THEN rt ELSE partner END AS side
ORDER BY side.predicate, x.sortName
RETURN collect({id: r.id, key: side.key, predicate: side.predicate, predicateFr: side.predicateFr,
                other: {id: x.id, name: x.name, type: x.type, deletedAt: null},
                since: r.since, until: r.until, note: r.note, createdAt: toString(r.createdAt)}) AS relations
