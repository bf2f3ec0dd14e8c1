MATCH (a:RelationType {key: $key})-[:SYMMETRIC_OF]->(b:RelationType)
SET a.enabled = $enabled, b.enabled = $enabled
RETURN a.key AS key
