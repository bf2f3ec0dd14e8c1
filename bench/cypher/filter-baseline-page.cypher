// Baseline, first page only (no total): walk organisations in the order of the sortName index and
// stop at the 25th that matches. With ~1 organisation in 5 matching, that reads ~125 nodes.
MATCH (n:Organisation)
WHERE n.sortName >= '' AND n.deletedAt IS NULL
  AND EXISTS {
    MATCH (n)-[:IS_PROSPECT_OF]->(c:Organisation)-[:IS_COMPETITOR_OF]->(ours:Organisation)
    WHERE ours.managed = true AND ours.deletedAt IS NULL AND c.deletedAt IS NULL
  }
RETURN n.id AS id
ORDER BY n.sortName
LIMIT $limit
