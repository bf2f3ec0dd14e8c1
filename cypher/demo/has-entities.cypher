MATCH (n:Entity) WHERE n.userId IS NULL RETURN true AS any LIMIT 1
