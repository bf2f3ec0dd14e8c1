// The latest changes to records the user sees, by anyone: what happened in the CRM lately.
MATCH (c:Change) WHERE c.at > datetime() - duration({days: 30})
WITH c ORDER BY c.at DESC LIMIT $scan
MATCH (c)-[:ABOUT]->(n:Entity)
WHERE n.deletedAt IS NULL /*AND VISIBLE(n)*/
WITH c, collect(n)[0] AS n
RETURN toString(c.at) AS at, c.action AS action, coalesce(c.actorName, c.actorId, '') AS actorName, c.actorId AS actorId,
       n.id AS id, n.type AS type, n.name AS name
ORDER BY at DESC LIMIT $limit
