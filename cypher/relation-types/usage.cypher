// A custom pair's native type and how many relations use it.
MATCH (a:RelationType {key: $key, custom: true})-[:SYMMETRIC_OF]->(b:RelationType)
WITH CASE WHEN a.canonical THEN a.key ELSE b.key END AS nativeType
CALL (nativeType) {
  MATCH ()-[r:$(nativeType)]->() RETURN count(r) AS count
}
RETURN nativeType, count
