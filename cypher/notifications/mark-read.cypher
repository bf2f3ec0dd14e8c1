MATCH (n:Notification {userId: $userId})
WHERE n.readAt IS NULL AND ($id IS NULL OR n.id = $id)
SET n.readAt = datetime()
RETURN count(n) AS marked
