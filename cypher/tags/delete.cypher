// Deletes a tag type not built in; while entities carry it, only when the caller confirmed that count.
// Relation types that required or forbade it stop doing so.
MATCH (t:TagType {id: $id}) WHERE NOT coalesce(t.builtin, false)
WITH t, COUNT { (:Entity)-[:TAGGED]->(t) } AS count
WITH t, count, count = 0 OR count = $confirmedCount AS go
CALL (t, go) {
  WITH * WHERE go
  MATCH (rt:RelationType) WHERE $id IN rt.requiredTags OR $id IN rt.forbiddenTags
  SET rt.requiredTags = [x IN rt.requiredTags WHERE x <> $id], rt.forbiddenTags = [x IN rt.forbiddenTags WHERE x <> $id]
}
CALL (t, go) {
  WITH * WHERE go
  DETACH DELETE t
}
RETURN count, go AS deleted
