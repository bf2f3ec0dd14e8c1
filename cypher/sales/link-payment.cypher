// A payment settles its invoice.
MATCH (p:Entity:Payment {id: $paymentId}), (i:Entity:Invoice {id: $invoiceId})
CREATE (p)-[:SETTLES {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(i)
