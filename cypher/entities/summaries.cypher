// List rows for these ids, in the given order.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
RETURN n {
  .id, .name, .phones, .emails, .status, .category, .managed, .deletedAt, .updatedAt, .city, .country, .position,
  type: [l IN labels(n) WHERE l <> 'Entity'][0],
  employers: [(n)-[:IS_EMPLOYEE_OF]->(o:Organisation) WHERE o.deletedAt IS NULL | o.name]
} AS entity
ORDER BY i
