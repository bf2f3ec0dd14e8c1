// Predicates and constraints of a custom pair (keys, and so existing relations, stay).
MATCH (a:RelationType {key: $key, custom: true})-[:SYMMETRIC_OF]->(b:RelationType)
SET a.predicate = $a.predicate, a.predicateFr = $a.predicateFr, a.subjectTypes = $a.subjectTypes,
    a.requiredTags = $a.requiredTags, a.forbiddenTags = $a.forbiddenTags, a.updatedAt = datetime()
WITH a, b
CALL (a, b) {
  WITH * WHERE a <> b
  SET b.predicate = $b.predicate, b.predicateFr = $b.predicateFr, b.subjectTypes = $b.subjectTypes,
      b.requiredTags = $b.requiredTags, b.forbiddenTags = $b.forbiddenTags, b.updatedAt = datetime()
}
RETURN a.key AS key
