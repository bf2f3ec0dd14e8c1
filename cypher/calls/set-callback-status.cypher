// A callback made or cancelled, with its history entry, while it is still scheduled.
MATCH (b:Entity:Callback {id: $id})
WHERE b.status = 'scheduled'
OPTIONAL MATCH (u:User {id: $actorId})
SET b.status = $status, b.updatedAt = datetime()
CREATE (:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId), action: 'updated',
                 fields: $fields})-[:ABOUT]->(b)
RETURN b.id AS id, b.name AS name
