// The lines of a batch of demo orders, as sales/link-order.cypher stores a real order's: a CONTAINS
// relation to the product with the quantity, price, discount, tax rate and amounts on it.
// $rows [{orderId, productId, by, at, attributes}]
UNWIND $rows AS row
MATCH (o:Entity {id: row.orderId}), (p:Entity {id: row.productId})
CREATE (o)-[r:CONTAINS {id: randomUUID(), createdAt: datetime(row.at), createdBy: row.by}]->(p)
SET r += row.attributes
RETURN count(r) AS lines
