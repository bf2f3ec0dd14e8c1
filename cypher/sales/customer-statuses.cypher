// The customer-status job: every customer that placed an order gets the standing its orders and
// invoices give it: payment overdue (an invoice unpaid past its due date), dormant (no order since
// $dormantBefore), active otherwise. A supervisor's suspension stays until lifted by hand. Only the
// customers whose standing changes are written (and recorded), with who should hear of it: the users
// who took their orders and their sales agents.
MATCH (c:Entity)-[:PLACED]->(:Order)
WITH DISTINCT c
WHERE c.deletedAt IS NULL
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
  WHERE o.deletedAt IS NULL AND o.status <> 'cancelled'
  RETURN max(o.orderedOn) AS lastOrder, min(o.orderedOn) AS firstOrder
}
CALL (c) {
  OPTIONAL MATCH (c)-[:PLACED]->(:Order)-[:IS_INVOICED_BY]->(i:Invoice)
  WHERE i.due > 0 AND i.dueOn < $today
  RETURN count(i) AS overdue
}
WITH c, firstOrder, coalesce(c.status, '') AS before,
     CASE WHEN c.status = 'suspended' THEN 'suspended'
          WHEN overdue > 0 THEN 'payment_overdue'
          WHEN lastOrder IS NULL OR lastOrder < $dormantBefore THEN 'dormant'
          ELSE 'active' END AS after
WITH c, firstOrder, before, after,
     before <> after AS changed,
     firstOrder IS NOT NULL AND firstOrder <= $yearAgo AND c.loyaltyAlertedOn IS NULL AS anniversary
WHERE changed OR anniversary
SET c.status = after, c.loyaltyAlertedOn = CASE WHEN anniversary THEN $today ELSE c.loyaltyAlertedOn END
WITH c, before, after, changed, anniversary
CALL (c, before, after, changed) {
  WITH c WHERE changed
  CREATE (:Change {id: randomUUID(), at: datetime(), actorId: 'system', actorName: $actorName, action: 'updated',
                   fields: apoc.convert.toJson([{field: 'status', before: CASE WHEN before = '' THEN null ELSE before END, after: after}])})-[:ABOUT]->(c)
}
RETURN c.id AS id, c.type AS type, c.name AS name, before, after, changed, anniversary,
       [(c)-[:PLACED]->(:Order)<-[:TOOK_THE_ORDER]-(op:Contact) WHERE op.userId IS NOT NULL | op.userId] AS operators,
       [(agent:Contact)-[:IS_SALES_AGENT_OF]->(c) WHERE agent.userId IS NOT NULL | agent.userId] AS agents
