// An entity's timeline, newest first: its history entries, and its live relations (a live relation
// is its own "related" entry: when and by whom it was made). Relation entries carry both predicates.
// For a principal who sees everything; of-entity-scoped.cypher is the same for one who does not.
MATCH (e:Entity {id: $id})
WITH e, COUNT { (:Change)-[:ABOUT]->(e) } + COUNT { (e)--(:Entity) } AS total
CALL (e) {
  MATCH (c:Change)-[:ABOUT]->(e)
  RETURN c.at AS at, c.id AS key, c {.*} AS change
  UNION ALL
  MATCH (e)-[r]-(:Entity)
  RETURN r.createdAt AS at, r.id AS key,
         {id: r.id, action: 'related', actorId: r.createdBy, relationId: r.id, relationKey: type(r),
          startId: startNode(r).id, startName: startNode(r).name, endId: endNode(r).id, endName: endNode(r).name} AS change
}
WITH total, at, key, change
ORDER BY at DESC, key
SKIP $skip LIMIT $limit
OPTIONAL MATCH (u:User {id: change.actorId})
OPTIONAL MATCH (rt:RelationType {key: change.relationKey})
OPTIONAL MATCH (partner:RelationType {key: rt.partnerKey})
RETURN total, change {.*, at: at, actorName: coalesce(change.actorName, u.name, change.actorId, '')} AS change,
       rt {.predicate, .predicateFr} AS forward, partner {.predicate, .predicateFr} AS backward
