// The call an order was taken on led to it, when that call is with the order's customer or with
// nobody known (then it is with the customer from now on); its outcome becomes "order taken" if the
// operator has not chosen one.
MATCH (call:Entity:Call {id: $callId}), (o:Entity:Order {id: $orderId}), (customer:Entity {id: $customerId})
OPTIONAL MATCH (call)-[:IS_A_CALL_WITH]->(other:Entity)
WITH call, o, customer, collect(other.id) AS with
WHERE size(with) = 0 OR $customerId IN with
CREATE (call)-[:LED_TO_THE_ORDER {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(o)
SET call.outcome = coalesce(call.outcome, 'order_taken'), call.updatedAt = datetime()
FOREACH (_ IN CASE WHEN size(with) = 0 THEN [1] ELSE [] END |
  CREATE (call)-[:IS_A_CALL_WITH {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(customer)
  SET call.customerName = customer.name)
RETURN call.id AS id
