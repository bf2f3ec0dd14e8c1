// Sales statistics: the customers (organisations or contacts) who bought the most over the range.
// Each order's lines are added up first, so that the customer is reached once per order; only
// entities place orders, so the customer's label is not checked.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn <= $to AND o.deletedAt IS NULL
CALL (o) {
  MATCH (o)-[l:CONTAINS]->()
  RETURN sum(l.net) AS revenue, sum(l.quantity) AS quantity
}
MATCH (c)-[:PLACED]->(o)
WITH c, sum(revenue) AS revenue, count(o) AS orders, sum(quantity) AS quantity
ORDER BY revenue DESC, c.name
LIMIT $limit
RETURN c.id AS id, c.type AS type, c.name AS name, revenue, orders, quantity
