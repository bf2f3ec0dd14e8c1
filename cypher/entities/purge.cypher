// Only what is already in the trash can be deleted for good.
MATCH (n:Entity {id: $id}) WHERE n.deletedAt IS NOT NULL
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
DETACH DELETE n
RETURN type
