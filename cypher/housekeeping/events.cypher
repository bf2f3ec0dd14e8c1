// Events older than two days: a browser away longer reloads its page instead of catching up.
MATCH (e:Event) WHERE e.at < datetime() - duration({days: 2})
WITH e LIMIT $batch
DELETE e
RETURN count(*) AS removed
