// Sales statistics: the operators, customers or products ($by) that sold the most over the range, from
// the totals kept by each order step (server/sales/totals.ts). $pieces cover the range with whole
// years, whole months and single days, so two years of a customer are two totals, not 730. An
// operator is the user who took the orders (their owner), shown as their contact. The condition on
// key lets Neo4j seek the constraint's index (dim, grain, start, key): without it, it scans every total.
UNWIND $pieces AS piece
MATCH (t:SalesTotal {dim: $by, grain: piece.grain})
WHERE t.start >= piece.from AND t.start <= piece.to AND t.key IS NOT NULL
WITH t.key AS key, sum(t.revenue) AS revenue, sum(t.orders) AS orders, sum(t.quantity) AS quantity
WHERE orders > 0
ORDER BY revenue DESC, key
LIMIT $limit
CALL (key) {
  OPTIONAL MATCH (u:User {id: key}) WHERE $by = 'operator'
  OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
  OPTIONAL MATCH (e:Entity {id: key}) WHERE $by <> 'operator'
  RETURN coalesce(c, e) AS entity, u.name AS userName
}
RETURN entity.id AS id, entity.type AS type, coalesce(entity.name, userName, key) AS name, revenue / 100.0 AS revenue, orders, quantity
ORDER BY revenue DESC, name
