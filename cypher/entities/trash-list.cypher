CALL () {
  WITH $search AS search WHERE search IS NULL
  MATCH (n:Entity) WHERE n.deletedAt IS NOT NULL RETURN n
  UNION ALL
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', search) YIELD node
  WITH node AS n WHERE n.deletedAt IS NOT NULL
  RETURN n
}
WITH n ORDER BY n.deletedAt DESC, n.sortName
WITH collect(n) AS rows
RETURN size(rows) AS total,
       [n IN rows[$skip..$skip + $limit] | n {
          .id, .name, .phones, .emails, .status, .category, .managed, .deletedAt, .updatedAt, .city, .country, .position,
          type: [l IN labels(n) WHERE l <> 'Entity'][0]
       }] AS items
