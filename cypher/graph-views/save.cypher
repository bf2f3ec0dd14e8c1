// Creates a view, or replaces one the user owns (same id).
MERGE (v:GraphView {id: $id})
ON CREATE SET v.ownerId = $userId, v.createdAt = datetime()
WITH v WHERE v.ownerId = $userId
SET v.name = $name, v.shared = $shared, v.state = $state, v.updatedAt = datetime()
RETURN v.id AS id
