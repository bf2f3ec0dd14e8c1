// Creates checked relations (see check.cypher, same transaction) with one history entry each,
// attached to both entities.
MATCH (side:RelationType {key: $sideKey})
OPTIONAL MATCH (u:User {id: $actorId})
UNWIND $items AS item
MATCH (s:Entity {id: item.subjectId}), (o:Entity {id: item.objectId})
WITH side, u, item,
     CASE WHEN side.canonical THEN s ELSE o END AS a,
     CASE WHEN side.canonical THEN o ELSE s END AS b,
     CASE WHEN side.canonical THEN side.key ELSE side.partnerKey END AS nativeType
CREATE (a)-[r:$(nativeType)]->(b)
SET r += $attributes, r.id = item.relationId, r.createdAt = datetime(), r.createdBy = $actorId
CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                  action: 'related', relationId: item.relationId, relationKey: nativeType,
                  startId: a.id, startName: a.name, endId: b.id, endName: b.name})
CREATE (c)-[:ABOUT]->(a), (c)-[:ABOUT]->(b)
RETURN count(r) AS created
