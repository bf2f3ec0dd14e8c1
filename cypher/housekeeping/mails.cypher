// Mails of the outbox (kept only when no SMTP server is configured) after 30 days.
MATCH (m:Mail) WHERE m.createdAt < datetime() - duration({days: 30})
WITH m LIMIT $batch
DELETE m
RETURN count(*) AS removed
