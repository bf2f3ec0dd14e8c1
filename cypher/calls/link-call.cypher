// The relations of a new call, stored like every relation of the engine: the call is with the
// customer (when known) and was handled by the operator's contact (when there is one).
MATCH (c:Entity:Call {id: $callId})
CALL (c) {
  MATCH (customer:Entity {id: $customerId})
  CREATE (c)-[:IS_A_CALL_WITH {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(customer)
}
CALL (c) {
  MATCH (operator:Entity:Contact {id: $operatorContactId})
  CREATE (operator)-[:HANDLED_THE_CALL {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(c)
}
RETURN c.id AS id
