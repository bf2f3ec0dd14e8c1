// A payment settles its invoice.
MATCH (p:Payment {id: $paymentId}), (i:Invoice {id: $invoiceId})
CREATE (p)-[:SETTLES {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(i)
