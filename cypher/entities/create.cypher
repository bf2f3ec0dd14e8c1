// New entities, each with its "created" history entry, from the write pipeline (entities/pipeline.ts):
// $rows [{id, type, props}], props already validated, normalised and derived.
OPTIONAL MATCH (u:User {id: $actorId})
UNWIND $rows AS row
CREATE (n:Entity:$(row.type))
SET n = row.props, n.id = row.id, n.type = row.type, n.ownerId = coalesce(row.props.ownerId, $actorId),
    n.createdAt = datetime(), n.updatedAt = datetime()
CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                  action: 'created', fields: '[]'})-[:ABOUT]->(n)
RETURN count(n) AS created
