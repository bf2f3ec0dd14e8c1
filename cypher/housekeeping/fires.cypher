MATCH (f:ScheduleFire) WHERE f.at < datetime() - duration({days: 7})
WITH f LIMIT $batch
DELETE f
RETURN count(*) AS removed
