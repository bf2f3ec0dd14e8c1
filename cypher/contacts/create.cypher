CREATE (n:Entity:Contact)
SET n = $props, n.id = $id, n.ownerId = $actorId, n.createdAt = datetime(), n.updatedAt = datetime()
RETURN n.id AS id
