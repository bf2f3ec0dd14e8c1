// One page of the trash, most recently trashed first, optionally narrowed by the full-text index.
CALL () {
  WITH $search AS search WHERE search IS NULL
  MATCH (n:Entity) WHERE n.deletedAt IS NOT NULL RETURN n
  UNION ALL
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', search) YIELD node
  WITH node AS n WHERE n.deletedAt IS NOT NULL
  RETURN n
}
WITH n WHERE true /*AND VISIBLE(n)*/
WITH n ORDER BY n.deletedAt DESC, n.sortName
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
