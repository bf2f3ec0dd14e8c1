// Adds to the sales totals (server/sales/totals.ts) in the caller's transaction. $rows come sorted, so
// that transactions lock the totals in one order; the constraint on (dim, grain, start, key) makes
// two transactions creating one total at once keep one node.
UNWIND $rows AS row
MERGE (t:SalesTotal {dim: row.dim, grain: row.grain, start: row.start, key: row.key})
ON CREATE SET t.revenue = 0, t.orders = 0, t.lines = 0, t.quantity = 0
SET t.revenue = t.revenue + row.revenue, t.orders = t.orders + row.orders, t.lines = t.lines + row.lines,
    t.quantity = t.quantity + row.quantity
