// Graph nodes and every relation among them (of the given native types, or all when $allTypes).
// The nodes are the live entities of a walk around $focus (breadth first, up to $depth relations,
// only through $relationshipFilter when not empty; the nearest $limit, `truncated` saying when
// more were in reach) or, when $focus is null, the live entities among $ids. The walk's label
// filter keeps it on entities, so only relations are followed (never tags or history).
OPTIONAL MATCH (focus:Entity {id: $focus})
CALL (focus) {
  WITH focus WHERE focus IS NOT NULL
  CALL apoc.path.subgraphNodes(focus, {
    maxLevel: $depth, labelFilter: '+Entity', relationshipFilter: $relationshipFilter, bfs: true, limit: $limit + 1
  }) YIELD node
  RETURN collect(node) AS walked
}
CALL (focus) {
  MATCH (n:Entity) WHERE $focus IS NULL AND n.id IN $ids
  RETURN collect(n) AS listed
}
WITH size(walked) > $limit AS truncated,
     [n IN CASE WHEN $focus IS NULL THEN listed ELSE walked[0..$limit] END WHERE n.deletedAt IS NULL /*AND VISIBLE(n)*/] AS nodes
// In a subquery, so that entities with no relation among them still come back (cover yields no row).
CALL (nodes) {
  CALL apoc.algo.cover(nodes) YIELD rel
  RETURN collect(rel) AS rels
}
// What the canvas draws (a node's card asks for the rest, /api/entities?ids=, when it is chosen), as
// tuples rather than maps: a hub's thousand nodes and relations decode a fifth faster without the keys.
RETURN truncated,
       [n IN nodes | [n.id, n.name, coalesce(n.managed, false), n.type,
                      [(n)-[:TAGGED]->(t:TagType) | [t.id, t.name, t.nameFr, t.color]]]] AS nodes,
       [r IN rels WHERE $allTypes OR type(r) IN $nativeTypes | [r.id, startNode(r).id, endNode(r).id, type(r)]] AS edges
