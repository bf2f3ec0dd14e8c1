// An entity, and whether the principal sees it ($scope; an entity page answers 404 otherwise).
MATCH (n:Entity {id: $id})
RETURN n {.*, version: toString(n.updatedAt)} AS entity, /*VISIBLE(n)*/ AS visible
