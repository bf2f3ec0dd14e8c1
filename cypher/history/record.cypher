MATCH (e:Entity {id: $entityId})
OPTIONAL MATCH (u:User {id: $actorId})
CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                  action: $action, fields: $fields})-[:ABOUT]->(e)
