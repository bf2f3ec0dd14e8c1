MATCH (n:Notification) WHERE n.readAt < datetime() - duration({days: 90})
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS removed
