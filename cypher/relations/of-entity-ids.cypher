// Every relation of one entity, as (entity, relation) pairs for archive.cypher.
MATCH (n:Entity {id: $id})-[r]-(:Entity)
RETURN n.id AS entityId, r.id AS relationId
