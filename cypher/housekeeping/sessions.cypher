MATCH (s:Session) WHERE s.expiresAt < datetime()
WITH s LIMIT $batch
DETACH DELETE s
RETURN count(*) AS removed
