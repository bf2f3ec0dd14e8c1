// The records a user changed last (their own history entries), newest first, that they still see.
MATCH (c:Change {actorId: $userId})-[:ABOUT]->(n:Entity)
WHERE n.deletedAt IS NULL /*AND VISIBLE(n)*/
WITH n, max(c.at) AS at
ORDER BY at DESC LIMIT $limit
RETURN n.id AS id, n.type AS type, n.name AS name, toString(at) AS at
