// Generator of the sales statistics benchmark: one batch of orders as createOrder() and the workflow
// leave them: the customer PLACED it, the operator's contact TOOK_THE_ORDER, CONTAINS relations
// carry the lines, a 'created' history entry, and an invoice once invoiced. Not a product query.
UNWIND $orders AS row
MATCH (customer:Entity {id: row.customerId}), (operator:Entity {id: row.operatorContactId})
CREATE (o:Entity:Order)
SET o = row.props, o.createdAt = datetime(), o.updatedAt = datetime()
CREATE (customer)-[:PLACED {id: randomUUID(), createdAt: datetime(), createdBy: row.props.ownerId}]->(o)
CREATE (operator)-[:TOOK_THE_ORDER {id: randomUUID(), createdAt: datetime(), createdBy: row.props.ownerId}]->(o)
CREATE (:Change {id: randomUUID(), at: datetime(), actorId: row.props.ownerId, actorName: row.ownerName, action: 'created', fields: '[]'})-[:ABOUT]->(o)
FOREACH (invoice IN CASE WHEN row.invoice IS NULL THEN [] ELSE [row.invoice] END |
  CREATE (o)-[:IS_INVOICED_BY {id: randomUUID(), createdAt: datetime(), createdBy: row.props.ownerId}]->(i:Entity:Invoice)
  SET i = invoice, i.createdAt = datetime(), i.updatedAt = datetime())
WITH o, row
UNWIND row.lines AS line
MATCH (p:Entity {id: line.productId})
CREATE (o)-[l:CONTAINS {id: randomUUID(), createdAt: datetime(), createdBy: row.props.ownerId}]->(p)
SET l += line.attributes
RETURN count(l) AS lines
