// Paths between two live entities, over relations only (relationships between two :Entity nodes)
// and through live entities only. The PATHS marker below is replaced by one of graph/paths-*.cypher,
// whose MAX_LENGTH marker is a validated whole number of hops (1 to 6): length bounds cannot be parameters.
// Each hop is read in the path's direction: the side's predicate when the stored relationship points
// along the path, its partner's when it points back (a symmetric type reads the same both ways).
MATCH (a:Entity {id: $from}) WHERE a.deletedAt IS NULL /*AND VISIBLE(a)*/
MATCH (b:Entity {id: $to}) WHERE b.deletedAt IS NULL AND b <> a /*AND VISIBLE(b)*/
/*PATHS*/
WITH p ORDER BY length(p) LIMIT $limit
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN [n IN ns | n {.id, .name, type: n.type}] AS entities,
       COLLECT {
         UNWIND range(0, size(rs) - 1) AS i
         WITH i, rs[i] AS r, ns[i] AS source, ns[i + 1] AS target
         OPTIONAL MATCH (rt:RelationType {key: type(r)})-[:SYMMETRIC_OF]->(partner:RelationType)
         WITH i, r, source, target, CASE WHEN startNode(r) = source THEN rt ELSE partner END AS side
         ORDER BY i
         RETURN {relationId: r.id, key: coalesce(side.key, type(r)), predicate: coalesce(side.predicate, type(r)),
                 predicateFr: side.predicateFr, fromId: source.id, toId: target.id}
       } AS hops
