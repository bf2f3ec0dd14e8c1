// Call statistics: the operators (the users who handled the calls, shown as their contact) or the
// customers ($by) with the most calls in the range, with answered, missed, talk time and the revenue
// (before tax) of the orders the calls led to that count as sold. Inbound calls nobody took have no
// operator; calls with an unknown number, no customer.
MATCH (c:Call)
WHERE c.startedAt >= $from AND c.startedAt < $until
OPTIONAL MATCH (c)-[:IS_A_CALL_WITH]->(customer:Entity) WHERE $by = 'customer'
WITH CASE WHEN $by = 'customer' THEN customer.id ELSE c.ownerId END AS key, c
WHERE key IS NOT NULL AND key <> $telephony
CALL (c) {
  OPTIONAL MATCH (c)-[:LED_TO_THE_ORDER]->(o:Order) WHERE o.status IN $statuses
  RETURN sum(coalesce(o.net, 0)) AS revenue
}
WITH key, count(c) AS calls, count(c.answeredAt) AS answered,
     sum(CASE WHEN c.direction = 'inbound' AND c.answeredAt IS NULL THEN 1 ELSE 0 END) AS missed,
     sum(CASE WHEN c.answeredAt IS NULL THEN 0 ELSE coalesce(c.duration, 0) END) AS talkSeconds, sum(revenue) AS revenue
ORDER BY calls DESC, key
LIMIT $limit
CALL (key) {
  OPTIONAL MATCH (u:User {id: key}) WHERE $by = 'operator'
  OPTIONAL MATCH (u)-[:HAS_CONTACT]->(contact:Contact)
  OPTIONAL MATCH (e:Entity {id: key}) WHERE $by = 'customer'
  RETURN coalesce(contact, e) AS entity, u.name AS userName
}
RETURN entity.id AS id, entity.type AS type, coalesce(entity.name, userName, key) AS name, calls, answered, missed, talkSeconds, revenue
ORDER BY calls DESC, name
