// Imported values of existing entities, each with its "updated" history entry listing the fields.
// $rows: [{id, props, fields (JSON)}]; trashed entities were refused before.
OPTIONAL MATCH (u:User {id: $actorId})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.deletedAt IS NULL
SET n += row.props, n.updatedAt = datetime(), n.updatedBy = $actorId
CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                  action: 'updated', fields: row.fields})-[:ABOUT]->(n)
RETURN count(n) AS updated
