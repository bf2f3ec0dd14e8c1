// Every relation type pair once (from its canonical side), with how many relations use it.
MATCH (side:RelationType {canonical: true})-[:SYMMETRIC_OF]->(partner:RelationType)
CALL (side) {
  MATCH ()-[r:$(side.key)]->() RETURN count(r) AS count
}
RETURN side {.*} AS side, partner {.*} AS partner, count
ORDER BY side.custom, toLower(side.predicate)
