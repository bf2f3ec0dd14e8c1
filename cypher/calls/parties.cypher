// Who a call is between: the customer it is for (an organisation or contact, not in the trash, when
// $entityId is given) and the operator placing it (the user's staff contact, with its phones).
OPTIONAL MATCH (u:User {id: $actorId})
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(operator:Contact)
OPTIONAL MATCH (customer:Entity {id: $entityId})
WHERE customer.type IN ['Organisation', 'Contact'] AND customer.deletedAt IS NULL
RETURN customer {.id, .type, .name, phones: coalesce(customer.phones, [])} AS customer,
       operator {.id, .name, phones: coalesce(operator.phones, [])} AS operator, coalesce(u.name, $actorId) AS userName
