// An entity's timeline, newest first: its history entries, and its live relations (a live relation
// is its own "related" entry: when and by whom it was made). Relation entries carry both predicates.
// An entry about a relation with an entity the principal may not see is left out (with a purged one,
// for a restricted principal), so the timeline names nobody they could not open.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Change)-[:ABOUT]->(e)
  WITH c, CASE WHEN c.relationKey IS NULL THEN null WHEN c.startId = e.id THEN c.endId ELSE c.startId END AS otherId
  OPTIONAL MATCH (o:Entity {id: otherId})
  WITH c, otherId, o
  WHERE otherId IS NULL OR (o IS NULL AND $scope IS NULL) OR (o IS NOT NULL /*AND VISIBLE(o)*/)
  RETURN c.at AS at, c.id AS key, c {.*} AS change
  UNION ALL
  MATCH (e)-[r]-(x:Entity)
  WHERE true /*AND VISIBLE(x)*/
  RETURN r.createdAt AS at, r.id AS key,
         {id: r.id, action: 'related', actorId: r.createdBy, relationId: r.id, relationKey: type(r),
          startId: startNode(r).id, startName: startNode(r).name, endId: endNode(r).id, endName: endNode(r).name} AS change
}
WITH at, key, change
ORDER BY at DESC, key
WITH collect({at: at, change: change}) AS rows
WITH size(rows) AS total, rows[$skip..$skip + $limit] AS page
UNWIND page AS row
WITH total, row.at AS at, row.change AS change
OPTIONAL MATCH (u:User {id: change.actorId})
OPTIONAL MATCH (rt:RelationType {key: change.relationKey})
OPTIONAL MATCH (partner:RelationType {key: rt.partnerKey})
RETURN total, change {.*, at: at, actorName: coalesce(change.actorName, u.name, change.actorId, '')} AS change,
       rt {.predicate, .predicateFr} AS forward, partner {.predicate, .predicateFr} AS backward
