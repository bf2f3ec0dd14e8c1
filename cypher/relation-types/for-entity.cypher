// The sides an entity may be the subject of: enabled, not internal, its type allowed, its tags fitting.
MATCH (e:Entity {id: $id})
WITH e, e.type AS type
MATCH (side:RelationType)-[:SYMMETRIC_OF]->(partner:RelationType)
WHERE side.enabled AND NOT side.internal
  AND (size(side.subjectTypes) = 0 OR type IN side.subjectTypes)
  AND all(t IN side.requiredTags WHERE EXISTS { (e)-[:TAGGED]->(:TagType {id: t}) })
  AND none(t IN side.forbiddenTags WHERE EXISTS { (e)-[:TAGGED]->(:TagType {id: t}) })
RETURN side {.*} AS side, partner {.*} AS partner, 0 AS count
ORDER BY toLower(side.predicate)
