MATCH (n:Entity {id: $id})
RETURN n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0], version: toString(n.updatedAt)} AS entity
