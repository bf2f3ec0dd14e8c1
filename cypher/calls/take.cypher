// An operator takes an incoming call still waiting (nobody has it, it is not over), once the call
// is locked (calls/lock-call): of two operators clicking at once, the second gets nothing.
MATCH (c:Entity:Call {id: $id})
WHERE c.direction = 'inbound' AND coalesce(c.stage, 0) < 3 AND c.ownerId = $telephony
OPTIONAL MATCH (u:User {id: $actorId})
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(operator:Contact)
SET c.ownerId = $actorId, c.operatorName = coalesce(operator.name, u.name, $actorId), c.updatedAt = datetime()
FOREACH (_ IN CASE WHEN operator IS NULL THEN [] ELSE [1] END |
  CREATE (operator)-[:HANDLED_THE_CALL {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(c))
RETURN c.id AS id, c.name AS name
