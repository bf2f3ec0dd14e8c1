// A customer's latest calls, for the card an incoming call pops.
MATCH (c:Entity {id: $id})<-[:IS_A_CALL_WITH]-(call:Call)
WITH call ORDER BY call.startedAt DESC LIMIT $limit
RETURN call.id AS id, call.direction AS direction, call.startedAt AS startedAt, call.outcome AS outcome, call.status AS status
