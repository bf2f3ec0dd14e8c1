// Sales statistics: what was sold each day of the range (revenue before tax from the lines' net,
// orders, lines); the series per period and the totals are added up from these days. Starts from
// the (status, orderedOn) index, which skips drafts and cancelled orders; trashed orders are left out.
// CONTAINS leads to products only: no label check on the far end, one record read fewer per line.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn <= $to AND o.deletedAt IS NULL
MATCH (o)-[l:CONTAINS]->()
RETURN o.orderedOn AS day, sum(l.net) AS revenue, count(DISTINCT o) AS orders, count(l) AS lines
