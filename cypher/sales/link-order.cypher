// The relations of a new order, stored like every relation of the engine (native type, id,
// createdAt, createdBy): the customer placed it, the operator took it, it contains its lines (the
// quantity, price, discount, tax rate and amounts in cents of each, on the relation).
MATCH (o:Entity:Order {id: $orderId}), (c:Entity {id: $customerId})
CREATE (c)-[:PLACED {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(o)
WITH o
CALL (o) {
  MATCH (operator:Entity:Contact {id: $operatorContactId})
  CREATE (operator)-[:TOOK_THE_ORDER {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(o)
}
WITH o
UNWIND $lines AS line
MATCH (p:Entity:Product {id: line.productId})
CREATE (o)-[r:CONTAINS {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(p)
SET r += line.attributes
RETURN count(r) AS lines
