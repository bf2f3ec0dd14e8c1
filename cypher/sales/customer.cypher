// A customer who may place an order: an organisation or a contact, not in the trash. With the
// contact of the user taking the order (staff users have one), the operator of "took the order".
MATCH (c:Entity {id: $customerId})
WHERE c.type IN ['Organisation', 'Contact'] AND c.deletedAt IS NULL
OPTIONAL MATCH (:User {id: $actorId})-[:HAS_CONTACT]->(operator:Contact)
RETURN c.id AS id, c.name AS name, c.status AS status, operator.id AS operatorContactId
