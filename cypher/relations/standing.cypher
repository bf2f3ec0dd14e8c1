// Where an entity stands with one of our companies: its relations to it among the standing types,
// read from the entity's side, and the type asked for. Both entities are locked first (in id order)
// so that two people changing the same standing at once are serialised.
MATCH (n:Entity) WHERE n.id IN $lockIds
WITH n ORDER BY n.id
WITH collect(n) AS locked
CALL apoc.lock.nodes(locked)
OPTIONAL MATCH (wanted:RelationType {key: $key})
CALL (wanted) {
  OPTIONAL MATCH (e:Entity {id: $entityId})-[r]-(:Entity {id: $oursId})
  OPTIONAL MATCH (rt:RelationType {key: type(r)})-[:SYMMETRIC_OF]->(partner:RelationType)
  WITH r, CASE WHEN startNode(r) = e THEN rt ELSE partner END AS side
  WHERE side.key IN $keys
  RETURN collect({relationId: r.id, key: side.key, predicate: side.predicate, predicateFr: side.predicateFr}) AS held
}
RETURN held, CASE WHEN wanted IS NULL THEN null ELSE wanted {.key, .predicate, .predicateFr} END AS wanted
