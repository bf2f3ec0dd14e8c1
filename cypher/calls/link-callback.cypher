// A new callback's relations: for the call's customer (when known), following up the call.
MATCH (b:Entity:Callback {id: $callbackId}), (c:Entity:Call {id: $callId})
CREATE (b)-[:FOLLOWS_UP_THE_CALL {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(c)
WITH b
CALL (b) {
  MATCH (customer:Entity {id: $customerId})
  CREATE (b)-[:IS_A_CALLBACK_FOR {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(customer)
}
RETURN b.id AS id
