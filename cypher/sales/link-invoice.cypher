// A new invoice is the invoice of its order.
MATCH (o:Order {id: $orderId}), (i:Invoice {id: $invoiceId})
CREATE (o)-[:IS_INVOICED_BY {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(i)
