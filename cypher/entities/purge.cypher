// Only what is already in the trash can be deleted for good, with its relations and the history
// entries that were about it alone (relation entries stay on the other entity's timeline).
MATCH (n:Entity {id: $id}) WHERE n.deletedAt IS NOT NULL
WITH n, n.type AS type
CALL (n) {
  MATCH (c:Change)-[:ABOUT]->(n)
  WHERE COUNT { (c)-[:ABOUT]->() } = 1
  DETACH DELETE c
}
DETACH DELETE n
RETURN type
