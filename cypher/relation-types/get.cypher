MATCH (side:RelationType {key: $key})-[:SYMMETRIC_OF]->(partner:RelationType)
CALL (side, partner) {
  MATCH ()-[r:$(CASE WHEN side.canonical THEN side.key ELSE partner.key END)]->() RETURN count(r) AS count
}
RETURN side {.*} AS side, partner {.*} AS partner, count
