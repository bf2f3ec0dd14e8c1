// A call's customer (when known) and the user who is to call back ($assigneeId, with the name shown).
MATCH (c:Entity:Call {id: $callId})
OPTIONAL MATCH (c)-[:IS_A_CALL_WITH]->(customer:Entity)
OPTIONAL MATCH (u:User {id: $assigneeId}) WHERE u.active
RETURN c.id AS id, c.number AS number, customer {.id, .name} AS customer, u {.id, .name} AS assignee
