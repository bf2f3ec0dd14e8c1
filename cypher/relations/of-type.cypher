// Every relation stored as this native type, as (entity, relation) pairs for archive.cypher.
MATCH (x:Entity)-[r:$($nativeType)]->(:Entity)
RETURN x.id AS entityId, r.id AS relationId
