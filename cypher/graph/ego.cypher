// The entities within $depth relations of the focus, breadth first, at most $limit + 1 so that the
// caller can tell it truncated. The label filter keeps the walk on entities, so only relations are
// followed (never tags or history).
MATCH (focus:Entity {id: $id})
CALL apoc.path.subgraphNodes(focus, {
  maxLevel: $depth, labelFilter: '+Entity', relationshipFilter: $relationshipFilter, bfs: true, limit: $limit + 1
}) YIELD node
WITH collect(node.id) AS found
RETURN size(found) > $limit AS truncated, found[0..$limit] AS ids
