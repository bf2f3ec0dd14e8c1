// A supervisor suspends a customer, or lifts the suspension (the next status run computes its standing).
MATCH (c:Entity {id: $id})
WHERE c.type IN ['Organisation', 'Contact'] AND c.deletedAt IS NULL
WITH c, c.status AS before
SET c.status = $status, c.updatedAt = datetime()
RETURN before, c.type AS type, c.name AS name
