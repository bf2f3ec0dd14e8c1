// One page of live entities of one kind (LABEL: a type of the registry), optionally narrowed by the
// full-text index, in the chosen order ($sort: a sortable field of the kind, checked by the caller),
// with the total. The rows are read afterwards by entities/summaries.cypher.
CALL () {
  WITH $search AS search WHERE search IS NULL
  MATCH (n:/*LABEL*/) RETURN n
  UNION ALL
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', search) YIELD node
  WITH node AS n WHERE n:/*LABEL*/
  RETURN n
}
WITH n WHERE n.deletedAt IS NULL /*AND VISIBLE(n)*/
WITH n, CASE
          WHEN $sort = 'name' THEN n.sortName
          WHEN $sort = 'updatedAt' THEN toString(n.updatedAt)
          WHEN $sortText THEN toLower(coalesce(n[$sort], ''))
          ELSE n[$sort]
        END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.sortName, n.id
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
