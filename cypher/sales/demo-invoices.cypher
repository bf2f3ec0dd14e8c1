// The invoices of a batch of demo orders, as sales/invoices.ts stores a real one (entities/create
// and link-invoice.cypher), dated on the day each was issued; updatedAt is its last payment.
// $rows [{id, orderId, by, at, updatedAt, props}]
UNWIND $rows AS row
MATCH (o:Entity {id: row.orderId})
CREATE (i:Entity:Invoice)
SET i = row.props, i.id = row.id, i.type = 'Invoice', i.customerId = o.customerId, i.createdAt = datetime(row.at), i.updatedAt = datetime(row.updatedAt)
CREATE (o)-[:IS_INVOICED_BY {id: randomUUID(), createdAt: datetime(row.at), createdBy: row.by}]->(i)
RETURN count(i) AS invoices
