// Sales statistics: what was sold each day of the range (revenue before tax, orders, lines), from the
// day totals kept by each order step (server/sales/totals.ts); periods and totals are added up from these.
MATCH (t:SalesTotal {dim: 'all', grain: 'day'})
WHERE t.start >= $from AND t.start <= $to AND t.key = '' AND t.orders > 0
RETURN t.start AS day, t.revenue / 100.0 AS revenue, t.orders AS orders, t.lines AS lines
