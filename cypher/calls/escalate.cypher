// A call escalated to level 2 with its reason and history entry; the level-2 users to tell.
MATCH (c:Entity:Call {id: $id})
OPTIONAL MATCH (u:User {id: $actorId})
SET c.escalated = true, c.escalationReason = $reason, c.escalatedAt = datetime(), c.escalatedBy = $actorId, c.updatedAt = datetime()
CREATE (:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId), action: 'updated',
                 fields: $fields})-[:ABOUT]->(c)
WITH c
OPTIONAL MATCH (level2:User) WHERE level2.active AND level2.role IN $roles AND level2.id <> $actorId
RETURN c.name AS name, collect(level2.id) AS userIds
