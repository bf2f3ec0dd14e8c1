// What a customer owes or is about to owe: the unpaid part of its invoices and its confirmed orders
// not invoiced yet, the order being confirmed ($orderId) included whether or not its new status is
// written yet (the confirmation sends both statements at once).
MATCH (c:Entity {id: $customerId})-[:PLACED]->(o:Order)
WHERE o.deletedAt IS NULL AND (o.status IN ['confirmed', 'invoiced', 'paid'] OR o.id = $orderId)
OPTIONAL MATCH (o)-[:IS_INVOICED_BY]->(i:Invoice)
RETURN sum(CASE WHEN i IS NULL THEN o.total ELSE coalesce(i.due, 0) END) AS exposure
