// Baseline for bulk relate: the same relationships with the same properties, created with no check,
// no lock and no refusal details. What Neo4j itself takes to write them on this machine.
UNWIND $items AS item
MATCH (a:Entity {id: item.subjectId}), (b:Entity {id: item.objectId})
CREATE (a)-[r:IS_SUSPECT_OF]->(b)
SET r.id = item.relationId, r.createdAt = datetime(), r.createdBy = $actorId
