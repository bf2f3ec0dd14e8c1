// Baseline for bench/graphql.ts: the nested query's data (a page of organisations by name, up to 10
// employees and 20 relations each, read from the organisation's side) as one hand-written statement.
MATCH (o:Organisation)
WHERE o.deletedAt IS NULL AND o.name IS NOT NULL
WITH o ORDER BY o.name SKIP $offset LIMIT $limit
CALL (o) {
  MATCH (c:Contact)-[:IS_EMPLOYEE_OF]->(o) WHERE c.deletedAt IS NULL
  WITH c LIMIT 10
  RETURN collect(c {.id, .name, .position}) AS employees
}
CALL (o) {
  MATCH (o)-[r]-(x:Entity) WHERE x.deletedAt IS NULL
  WITH r, x, startNode(r) = o AS outgoing
  WITH type(r) AS nativeType, collect({x: x, outgoing: outgoing}) AS rows
  MATCH (rt:RelationType {key: nativeType})-[:SYMMETRIC_OF]->(partner:RelationType)
  UNWIND rows AS row
  WITH row, CASE WHEN row.outgoing THEN rt ELSE partner END AS side
  LIMIT 20
  RETURN collect({predicate: side.predicate,
                  direction: CASE WHEN side.symmetric THEN 'BOTH' WHEN row.outgoing THEN 'OUT' ELSE 'IN' END,
                  other: {id: row.x.id, name: row.x.name, type: row.x.type}}) AS relations
}
RETURN o {.id, .name, .city, .status, employees: employees, relations: relations} AS organisation
