// Sales statistics: the products sold the most over the range, each line read once. An order with
// two lines of one product counts once in that product's orders.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn <= $to AND o.deletedAt IS NULL
MATCH (o)-[l:CONTAINS]->(p)
WITH p, sum(l.net) AS revenue, count(DISTINCT o) AS orders, sum(l.quantity) AS quantity
ORDER BY revenue DESC, p.name
LIMIT $limit
RETURN p.id AS id, 'Product' AS type, p.name AS name, revenue, orders, quantity
