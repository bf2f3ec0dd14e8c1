// The orders that count in the sales totals from $from (included) to $to (excluded), as
// server/sales/totals.ts counts them: day, operator (the owner), customer, lines.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn < $to
OPTIONAL MATCH (c:Entity)-[:PLACED]->(o)
RETURN o.orderedOn AS orderedOn, o.ownerId AS ownerId, c.id AS customerId,
       [(o)-[l:CONTAINS]->(p) | {productId: p.id, quantity: l.quantity, net: l.net}] AS lines
