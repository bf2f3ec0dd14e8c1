// Removes one relation, found from either of its entities, with a history entry on both.
MATCH (e:Entity {id: $entityId})-[r]-(:Entity)
WHERE r.id = $relationId
WITH r, startNode(r) AS a, endNode(r) AS b
OPTIONAL MATCH (rt:RelationType {key: type(r)})
WITH r, a, b, rt, coalesce(rt.internal, false) AND NOT $allowInternal AS refused
OPTIONAL MATCH (u:User {id: $actorId})
CALL (r, a, b, u, refused) {
  WITH * WHERE NOT refused
  CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                    action: 'unrelated', relationId: r.id, relationKey: type(r),
                    startId: a.id, startName: a.name, endId: b.id, endName: b.name})
  CREATE (c)-[:ABOUT]->(a), (c)-[:ABOUT]->(b)
  DELETE r
}
RETURN refused, rt.predicate AS predicate
