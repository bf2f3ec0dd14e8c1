// Triples whose subject is one of the live entities $ids (each found through the id index), in a
// stable order: subject id, then type, label, properties (list values in their stored order), tags,
// relations. $p filters the predicate ({kind: any | type | label | property | tag | relation, key});
// $o the object (null, or {kind: class | literal | tag | entity, value}). Every relation reads from
// both of its entities (start: its type's predicate; end: the partner's) unless $canonicalOnly,
// which keeps the start node's reading only: each relation once (the export).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.deletedAt IS NULL /*AND VISIBLE(e)*/
WITH e, e.type AS type
CALL (e, type) {
  WITH * WHERE $p.kind IN ['any', 'type']
  RETURN 0 AS rank, '' AS key, 0 AS idx, 'class' AS kind, type AS value
  UNION ALL
  WITH * WHERE $p.kind IN ['any', 'label']
  RETURN 1 AS rank, '' AS key, 0 AS idx, 'literal' AS kind, e.name AS value
  UNION ALL
  WITH * WHERE $p.kind IN ['any', 'property']
  UNWIND [k IN coalesce($properties[type], []) WHERE e[k] IS NOT NULL AND ($p.kind = 'any' OR k = $p.key)] AS k
  WITH k, CASE WHEN k IN $listProperties THEN e[k] ELSE [e[k]] END AS values
  UNWIND range(0, size(values) - 1) AS idx
  RETURN 2 AS rank, k AS key, idx, 'literal' AS kind, values[idx] AS value
  UNION ALL
  WITH * WHERE $p.kind IN ['any', 'tag']
  MATCH (e)-[:TAGGED]->(t:TagType)
  RETURN 3 AS rank, '' AS key, 0 AS idx, 'tag' AS kind, t.id AS value
  UNION ALL
  WITH * WHERE $p.kind IN ['any', 'relation']
  MATCH (e)-[r]-(x:Entity)
  WHERE x.deletedAt IS NULL AND (startNode(r) = e OR NOT $canonicalOnly) /*AND VISIBLE(x)*/
  MATCH (rt:RelationType {key: type(r)})
  WITH x, CASE WHEN startNode(r) = e THEN rt.key ELSE rt.partnerKey END AS key
  WHERE $p.kind = 'any' OR key = $p.key
  RETURN 4 AS rank, key, 0 AS idx, 'entity' AS kind, x.id AS value
}
WITH e, rank, key, idx, kind, value
WHERE $o IS NULL OR (kind = $o.kind AND value = $o.value)
RETURN e.id AS s, rank, key, kind, value
ORDER BY s, rank, key, idx, toString(value)
SKIP $skip LIMIT $limit
