// What a customer owes or is about to owe: the unpaid part of its invoices and its confirmed orders
// not invoiced yet (the one being confirmed included: this runs in its transaction).
MATCH (c:Entity {id: $customerId})-[:PLACED]->(o:Order)
WHERE o.deletedAt IS NULL AND o.status IN ['confirmed', 'invoiced', 'paid']
OPTIONAL MATCH (o)-[:IS_INVOICED_BY]->(i:Invoice)
RETURN sum(CASE WHEN i IS NULL THEN o.total ELSE coalesce(i.due, 0) END) AS exposure
