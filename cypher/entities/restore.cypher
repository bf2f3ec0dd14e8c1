MATCH (n:Entity {id: $id}) WHERE n.deletedAt IS NOT NULL
REMOVE n.deletedAt, n.deletedBy
SET n.updatedAt = datetime()
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type
