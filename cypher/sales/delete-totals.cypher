// The sales totals of the periods starting from $from to $to, before they are computed again.
MATCH (t:SalesTotal)
WHERE t.start >= $from AND t.start <= $to
DELETE t
