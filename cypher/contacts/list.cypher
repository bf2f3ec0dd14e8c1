// One page of live contacts, optionally narrowed by the full-text index, with their employer.
CALL () {
  WITH $search AS search WHERE search IS NULL
  MATCH (n:Contact) RETURN n
  UNION ALL
  WITH $search AS search WHERE search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', search) YIELD node
  WITH node AS n WHERE n:Contact
  RETURN n
}
WITH n WHERE n.deletedAt IS NULL
WITH n, CASE $sort
          WHEN 'position' THEN toLower(coalesce(n.position, ''))
          WHEN 'updatedAt' THEN toString(n.updatedAt)
          ELSE n.sortName
        END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.sortName, n.id
WITH collect(n) AS rows
RETURN size(rows) AS total,
       [n IN rows[$skip..$skip + $limit] | n {
          .id, .name, .phones, .emails, .deletedAt, .updatedAt, .position,
          type: 'Contact',
          employers: [(n)-[:IS_EMPLOYEE_OF]->(o:Organisation) WHERE o.deletedAt IS NULL | o.name]
       }] AS items
