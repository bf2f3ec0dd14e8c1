// A customer's card: its standing, credit limit, balance (invoiced − coupons − paid), lifetime value
// (what it was invoiced, net of coupons), its latest orders and its unpaid invoices with days overdue.
// Sales records never go to the trash, so nothing here filters on deletedAt; the order count is the
// node's degree, and only the latest five orders and the unpaid invoices are projected.
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice)
  RETURN sum(coalesce(i.due, 0)) AS balance, sum(coalesce(i.total, 0) - coalesce(i.deducted, 0)) AS lifetimeValue,
         collect(CASE WHEN i.due > 0 THEN i END) AS unpaid
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WITH o ORDER BY o.orderedOn DESC, o.number DESC LIMIT 5
  RETURN collect(o {.id, .number, .orderedOn, .status, .total}) AS recent
}
RETURN c.status AS status, c.creditLimit AS creditLimit, COUNT { (c)-[:PLACED]->() } AS orderCount, balance, lifetimeValue, recent,
       [i IN unpaid | i {.id, .number, .dueOn, .due,
                         daysOverdue: CASE WHEN date(i.dueOn) < date($today) THEN duration.inDays(date(i.dueOn), date($today)).days ELSE 0 END}] AS unpaid
