// Imported entities, each with its "created" history entry. $rows: [{id, type, props}].
OPTIONAL MATCH (u:User {id: $actorId})
UNWIND $rows AS row
CREATE (n:Entity:$(row.type))
SET n = row.props, n.id = row.id, n.ownerId = $actorId, n.createdAt = datetime(), n.updatedAt = datetime()
CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                  action: 'created', fields: '[]'})-[:ABOUT]->(n)
RETURN count(n) AS created
