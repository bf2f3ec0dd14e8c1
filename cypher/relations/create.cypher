// Creates checked relations (see check.cypher, same transaction). A live relation is its own history
// entry ("related", from its createdAt and createdBy); relations/archive.cypher turns it into
// history nodes when it goes.
MATCH (side:RelationType {key: $sideKey})
UNWIND $items AS item
MATCH (s:Entity {id: item.subjectId}), (o:Entity {id: item.objectId})
WITH side, item,
     CASE WHEN side.canonical THEN s ELSE o END AS a,
     CASE WHEN side.canonical THEN o ELSE s END AS b,
     CASE WHEN side.canonical THEN side.key ELSE side.partnerKey END AS nativeType
CREATE (a)-[r:$(nativeType)]->(b)
SET r += $attributes, r.id = item.relationId, r.createdAt = datetime(), r.createdBy = $actorId
RETURN count(r) AS created
