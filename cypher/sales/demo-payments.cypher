// The payments of a batch of demo invoices, as sales/payments.ts stores a real one (entities/create
// and link-payment.cypher), dated on the day each was received.
// $rows [{id, invoiceId, by, at, props}]
UNWIND $rows AS row
MATCH (i:Entity {id: row.invoiceId})
CREATE (p:Entity:Payment)
SET p = row.props, p.id = row.id, p.type = 'Payment', p.createdAt = datetime(row.at), p.updatedAt = datetime(row.at)
CREATE (p)-[:SETTLES {id: randomUUID(), createdAt: datetime(row.at), createdBy: row.by}]->(i)
RETURN count(p) AS payments
