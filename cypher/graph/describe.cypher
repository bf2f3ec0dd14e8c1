// The live entities among $ids as graph nodes, and every relation among them (of the given native
// types, or all when $allTypes).
MATCH (n:Entity) WHERE n.id IN $ids AND n.deletedAt IS NULL
WITH collect(n) AS nodes
CALL apoc.algo.cover(nodes) YIELD rel
WITH nodes, collect(rel) AS rels
RETURN [n IN nodes | n {.id, .name, managed: coalesce(n.managed, false),
                       type: [l IN labels(n) WHERE l <> 'Entity'][0],
                       tags: [(n)-[:TAGGED]->(t:TagType) | t {.id, .name, .nameFr, .color}]}] AS nodes,
       [r IN rels WHERE $allTypes OR type(r) IN $nativeTypes |
          {id: r.id, source: startNode(r).id, target: endNode(r).id, nativeType: type(r)}] AS edges
