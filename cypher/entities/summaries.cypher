// List rows for these ids, in the given order: what every list shows, the kind's own values
// ($fields[type], in that order) and the names its subtitle adds ($via[type]: the native type of
// the relations whose other end is named, a contact's employers).
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
RETURN n {
  .id, .type, .name, .phones, .emails, .managed, .deletedAt, .updatedAt,
  values: [k IN coalesce($fields[n.type], []) | n[k]],
  linked: [(n)-[r]->(o:Entity) WHERE type(r) = $via[n.type] AND o.deletedAt IS NULL /*AND VISIBLE(o)*/ | o.name]
} AS entity
ORDER BY i
