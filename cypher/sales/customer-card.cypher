// A customer's card: its standing, credit limit, balance (what its unpaid invoices still owe),
// lifetime value (invoiced, net of coupons: its ledger), its latest orders and its unpaid invoices with
// days overdue. Orders and invoices are found by the customer's id they keep (indexes of migration
// 009), so a customer with thousands of orders reads five of them and its unpaid invoices only. Sales
// records never go to the trash; the order count is the node's degree.
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (i:Invoice {customerId: c.id}) WHERE i.status IN ['unpaid', 'partial']
  WITH i ORDER BY i.dueOn, i.number
  RETURN sum(coalesce(i.due, 0)) AS balance, collect(i) AS unpaid
}
CALL (c) {
  OPTIONAL MATCH (o:Order {customerId: c.id}) WHERE o.orderedOn IS NOT NULL
  WITH o ORDER BY o.orderedOn DESC, o.number DESC LIMIT 5
  RETURN collect(o {.id, .number, .orderedOn, .status, .total}) AS recent
}
OPTIONAL MATCH (ledger:CustomerLedger {customerId: c.id})
RETURN c.status AS status, c.creditLimit AS creditLimit, COUNT { (c)-[:PLACED]->() } AS orderCount, balance,
       coalesce(ledger.invoiced - ledger.deducted, 0) / 100.0 AS lifetimeValue, recent,
       [i IN unpaid | i {.id, .number, .dueOn, .due,
                         daysOverdue: CASE WHEN date(i.dueOn) < date($today) THEN duration.inDays(date(i.dueOn), date($today)).days ELSE 0 END}] AS unpaid
