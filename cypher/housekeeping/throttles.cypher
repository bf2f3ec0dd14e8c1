MATCH (t:LoginThrottle)
WHERE t.windowStart < datetime() - duration({days: 1}) AND coalesce(t.lockedUntil, datetime() - duration({days: 1})) < datetime()
WITH t LIMIT $batch
DELETE t
RETURN count(*) AS removed
