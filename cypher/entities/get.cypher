MATCH (n:Entity {id: $id})
RETURN n {.*, version: toString(n.updatedAt)} AS entity
