// Scheduled callbacks due by $until whose owner has not been reminded yet, marked as reminded in the
// same statement (a job run on two instances at once reminds once: the second finds them marked).
MATCH (b:Callback)
WHERE b.status = 'scheduled' AND b.dueAt <= $until AND b.remindedAt IS NULL AND b.deletedAt IS NULL
WITH b LIMIT 500
CALL apoc.lock.nodes([b])
WITH b WHERE b.remindedAt IS NULL
SET b.remindedAt = $now
RETURN b.id AS id, b.name AS name, b.ownerId AS ownerId, b.customerName AS customerName, b.dueAt AS dueAt
