// Candidates 4 relations away from $startId: a breadth-first walk over live entities lists the
// entities within 3 relations first, so the ones after them in a walk to 4 are exactly 4 away.
// Empty when more than $within entities lie within 3 relations (a start next to a big hub).
MATCH (a:Entity {id: $startId})
CALL apoc.path.subgraphNodes(a, {maxLevel: 3, labelFilter: '+Entity', bfs: true, limit: $within + 1}) YIELD node
WITH a, count(node) AS near
WHERE near <= $within
CALL apoc.path.subgraphNodes(a, {maxLevel: 4, labelFilter: '+Entity', bfs: true, limit: near + $wanted}) YIELD node
WITH near, collect(node.id) AS walk
RETURN walk[near..] AS ids
