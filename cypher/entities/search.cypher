// The global search box: live entities of every type, best matches first.
CALL db.index.fulltext.queryNodes('entity_search', $search, {limit: $limit * 4}) YIELD node AS n, score
WITH n, score WHERE n.deletedAt IS NULL AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types)) AND n.id <> coalesce($exclude, '')
WITH n, score ORDER BY score DESC, n.sortName LIMIT $limit
RETURN n {
  .id, .name, .phones, .emails, .status, .category, .managed, .deletedAt, .updatedAt, .city, .country, .position,
  type: [l IN labels(n) WHERE l <> 'Entity'][0],
  employers: [(n)-[:IS_EMPLOYEE_OF]->(o:Organisation) WHERE o.deletedAt IS NULL | o.name]
} AS entity
