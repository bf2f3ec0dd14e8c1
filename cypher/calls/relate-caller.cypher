// An unknown caller's new contact: the call is with it from now on (its customer name shown too),
// unless the call already has a customer. Returns nothing when it has one.
MATCH (c:Entity:Call {id: $callId}), (customer:Entity {id: $customerId})
WHERE NOT (c)-[:IS_A_CALL_WITH]->()
CREATE (c)-[:IS_A_CALL_WITH {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(customer)
SET c.customerName = customer.name, c.updatedAt = datetime()
RETURN c.id AS id
