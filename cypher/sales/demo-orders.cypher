// A batch of demo orders, stored as entities/create.cypher and sales/link-order.cypher store a real
// one, but dated on its own day: createdAt is when it was taken, updatedAt its last step, and its
// relations (the customer placed it, the operator took it) are as old as it is. Its lines, invoice
// and payments follow (demo-lines, demo-invoices, demo-payments.cypher).
// $rows [{id, customerId, operatorContactId (null: nobody of the staff to name), by, at, updatedAt, props}]
UNWIND $rows AS row
MATCH (c:Entity {id: row.customerId})
CREATE (o:Entity:Order)
SET o = row.props, o.id = row.id, o.type = 'Order', o.customerId = row.customerId, o.createdAt = datetime(row.at), o.updatedAt = datetime(row.updatedAt)
CREATE (c)-[:PLACED {id: randomUUID(), createdAt: datetime(row.at), createdBy: row.by}]->(o)
WITH row, o
OPTIONAL MATCH (operator:Entity {id: row.operatorContactId})
FOREACH (_ IN CASE WHEN operator IS NULL THEN [] ELSE [1] END |
  CREATE (operator)-[:TOOK_THE_ORDER {id: randomUUID(), createdAt: datetime(row.at), createdBy: row.by}]->(o))
RETURN count(o) AS orders
