MATCH (n:Entity {id: $id}) WHERE n.deletedAt IS NOT NULL
REMOVE n.deletedAt, n.deletedBy
SET n.updatedAt = datetime()
RETURN n.type AS type, n.name AS name
