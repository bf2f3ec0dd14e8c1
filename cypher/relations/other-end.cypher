// The other entity of a relation found from one of its entities.
MATCH (:Entity {id: $entityId})-[r]-(other:Entity)
WHERE r.id = $relationId
RETURN other.id AS otherId
