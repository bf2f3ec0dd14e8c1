// Sales statistics: the operators who sold the most over the range (revenue before tax from the
// lines' net, orders, quantities), with the contact of each to link to. An order's operator is the
// user who took it, its owner: grouping on that property spares a traversal per order.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn <= $to AND o.deletedAt IS NULL
CALL (o) {
  MATCH (o)-[l:CONTAINS]->()
  RETURN sum(l.net) AS revenue, sum(l.quantity) AS quantity
}
WITH o.ownerId AS userId, sum(revenue) AS revenue, count(o) AS orders, sum(quantity) AS quantity
ORDER BY revenue DESC, userId
LIMIT $limit
OPTIONAL MATCH (u:User {id: userId})
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
RETURN c.id AS id, CASE WHEN c IS NULL THEN null ELSE 'Contact' END AS type, coalesce(c.name, u.name, userId) AS name,
       revenue, orders, quantity
ORDER BY revenue DESC, name
