// An invoice, locked to settle part of it (payments and coupons applied at once are serialised),
// with its order and the order's customer.
MATCH (i:Entity:Invoice {id: $id})
WHERE i.deletedAt IS NULL
CALL apoc.lock.nodes([i])
MATCH (o:Order)-[:IS_INVOICED_BY]->(i)
OPTIONAL MATCH (customer:Entity)-[:PLACED]->(o)
RETURN i {.*} AS invoice, o {.id, .number, .status} AS order, customer {.id, .name} AS customer
