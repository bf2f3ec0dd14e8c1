// Callbacks past due and still to make: the owner's ($ownerId), or everyone's ($ownerId null: supervisors).
MATCH (b:Callback)
WHERE b.status = 'scheduled' AND b.dueAt < $now AND b.deletedAt IS NULL AND ($ownerId IS NULL OR b.ownerId = $ownerId)
RETURN b.id AS id, b.name AS name, b.dueAt AS dueAt, b.customerName AS customerName, b.assigneeName AS assigneeName
ORDER BY b.dueAt
LIMIT $limit
