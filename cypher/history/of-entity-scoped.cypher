// of-entity.cypher for a restricted principal ($scope): an entry about a relation with an entity they
// may not see (or one purged) is left out, so the timeline names nobody they could not open. Rows
// are collected as references and projected after paging, so a hub's history is not copied whole.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Change)-[:ABOUT]->(e)
  WITH c, CASE WHEN c.relationKey IS NULL THEN null WHEN c.startId = e.id THEN c.endId ELSE c.startId END AS otherId
  OPTIONAL MATCH (o:Entity {id: otherId})
  WITH c, otherId, o
  WHERE otherId IS NULL OR (o IS NOT NULL /*AND VISIBLE(o)*/)
  RETURN c.at AS at, c.id AS key, c, null AS r
  UNION ALL
  MATCH (e)-[r]-(x:Entity)
  WHERE true /*AND VISIBLE(x)*/
  RETURN r.createdAt AS at, r.id AS key, null AS c, r
}
WITH at, key, c, r
ORDER BY at DESC, key
WITH collect({at: at, c: c, r: r}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
UNWIND page AS row
WITH total, row.at AS at, row.c AS c, row.r AS r
WITH total, at, r,
     CASE WHEN c IS NOT NULL THEN c {.*} ELSE {id: r.id, action: 'related', actorId: r.createdBy, relationId: r.id, relationKey: type(r)} END AS change
WITH total, at, CASE WHEN r IS NULL THEN change
                     ELSE change {.*, startId: startNode(r).id, startName: startNode(r).name, endId: endNode(r).id, endName: endNode(r).name} END AS change
OPTIONAL MATCH (u:User {id: change.actorId})
OPTIONAL MATCH (rt:RelationType {key: change.relationKey})
OPTIONAL MATCH (partner:RelationType {key: rt.partnerKey})
RETURN total, change {.*, at: at, actorName: coalesce(change.actorName, u.name, change.actorId, '')} AS change,
       rt {.predicate, .predicateFr} AS forward, partner {.predicate, .predicateFr} AS backward
