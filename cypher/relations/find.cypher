// A relation found from either of its entities, and whether the caller may remove it by hand.
MATCH (:Entity {id: $entityId})-[r]-(:Entity)
WHERE r.id = $relationId
OPTIONAL MATCH (rt:RelationType {key: type(r)})
RETURN coalesce(rt.internal, false) AND NOT $allowInternal AS refused, rt.predicate AS predicate
