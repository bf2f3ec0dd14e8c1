// A new invoice is the invoice of its order.
MATCH (o:Entity:Order {id: $orderId}), (i:Entity:Invoice {id: $invoiceId})
CREATE (o)-[:IS_INVOICED_BY {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(i)
