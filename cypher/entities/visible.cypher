// Whether the entity $id is visible to the principal ($scope): an entity page answers 404 otherwise.
MATCH (n:Entity {id: $id}) WHERE true /*AND VISIBLE(n)*/
RETURN n.id AS id
