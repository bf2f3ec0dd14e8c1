// Deletes a custom pair (its relations were archived first, in the same transaction).
MATCH (a:RelationType {key: $key, custom: true})-[:SYMMETRIC_OF]->(b:RelationType)
DETACH DELETE a, b
