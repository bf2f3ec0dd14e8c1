// Adds to customers' ledgers what they were invoiced and what coupons took off it (cents), in the
// caller's transaction: the lifetime value on the customer card reads one node, not every invoice.
// $rows [{customerId, invoiced, deducted}]
UNWIND $rows AS row
MERGE (l:CustomerLedger {customerId: row.customerId})
ON CREATE SET l.invoiced = 0, l.deducted = 0
SET l.invoiced = l.invoiced + row.invoiced, l.deducted = l.deducted + row.deducted
