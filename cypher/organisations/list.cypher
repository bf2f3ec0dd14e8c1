// One page of live organisations, optionally narrowed by the full-text index, in the chosen order.
CALL () {
  WITH $search AS search WHERE search IS NULL
  MATCH (n:Organisation) RETURN n
  UNION ALL
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', search) YIELD node
  WITH node AS n WHERE n:Organisation
  RETURN n
}
WITH n WHERE n.deletedAt IS NULL
WITH n, CASE $sort
          WHEN 'city' THEN toLower(coalesce(n.city, ''))
          WHEN 'status' THEN n.status
          WHEN 'category' THEN coalesce(n.category, '')
          WHEN 'updatedAt' THEN toString(n.updatedAt)
          ELSE n.sortName
        END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.sortName, n.id
WITH collect(n) AS rows
RETURN size(rows) AS total,
       [n IN rows[$skip..$skip + $limit] | n {
          .id, .name, .phones, .emails, .status, .category, .managed, .deletedAt, .updatedAt, .city, .country,
          type: 'Organisation'
       }] AS items
