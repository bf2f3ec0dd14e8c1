// The first and last day with an order that counts in the sales totals, between $from and $to.
MATCH (o:Order)
WHERE o.status IN $statuses AND o.orderedOn >= $from AND o.orderedOn <= $to
RETURN min(o.orderedOn) AS first, max(o.orderedOn) AS last
