// Deletes a custom pair and, only when the caller confirmed that exact count, its relations.
MATCH (a:RelationType {key: $key, custom: true})-[:SYMMETRIC_OF]->(b:RelationType)
WITH a, b, CASE WHEN a.canonical THEN a.key ELSE b.key END AS nativeType
CALL (nativeType) {
  MATCH ()-[r:$(nativeType)]->() RETURN count(r) AS count
}
WITH a, b, nativeType, count, count = 0 OR count = $confirmedCount AS go
OPTIONAL MATCH (u:User {id: $actorId})
CALL (nativeType, go, u) {
  WITH * WHERE go
  MATCH (x)-[r:$(nativeType)]->(y)
  CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                    action: 'unrelated', relationId: r.id, relationKey: nativeType,
                    startId: x.id, startName: x.name, endId: y.id, endName: y.name})
  CREATE (c)-[:ABOUT]->(x), (c)-[:ABOUT]->(y)
  DELETE r
}
CALL (a, b, go) {
  WITH * WHERE go
  DETACH DELETE a, b
}
RETURN count, go AS deleted
