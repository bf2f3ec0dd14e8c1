MATCH (n:Notification {userId: $userId}) WHERE n.readAt IS NULL
RETURN count(n) AS unread
