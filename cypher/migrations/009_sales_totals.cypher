// The sales totals (server/sales/totals.ts): one node per dimension, grain, period and key, found by
// the statistics with the dimension and grain given and the period's start in a range. The
// constraint's index serves both that and the MERGE of each step. Start-up computes the totals of
// the orders already there once, when this migration is applied (app/bootstrap.ts).
CREATE CONSTRAINT sales_total_key IF NOT EXISTS FOR (t:SalesTotal) REQUIRE (t.dim, t.grain, t.start, t.key) IS UNIQUE;
// The customer card finds a customer's latest orders and its unpaid invoices through these indexes
// on the customer's id, which each order and invoice keeps, instead of reading all of them; what it
// was invoiced in all is on its ledger.
CREATE INDEX order_customer_ordered_on IF NOT EXISTS FOR (o:Order) ON (o.customerId, o.orderedOn);
CREATE INDEX invoice_customer_status IF NOT EXISTS FOR (i:Invoice) ON (i.customerId, i.status);
CREATE CONSTRAINT customer_ledger_id IF NOT EXISTS FOR (l:CustomerLedger) REQUIRE l.customerId IS UNIQUE;
MATCH (c:Entity)-[:PLACED]->(o:Order) WHERE o.customerId IS NULL SET o.customerId = c.id;
MATCH (o:Order)-[:IS_INVOICED_BY]->(i:Invoice) WHERE i.customerId IS NULL AND o.customerId IS NOT NULL SET i.customerId = o.customerId;
MATCH (i:Invoice) WHERE i.customerId IS NOT NULL
WITH i.customerId AS customerId, sum(toInteger(round(coalesce(i.total, 0) * 100))) AS invoiced, sum(toInteger(round(coalesce(i.deducted, 0) * 100))) AS deducted
MERGE (l:CustomerLedger {customerId: customerId})
SET l.invoiced = invoiced, l.deducted = deducted;
