// An entity's timeline, newest first; relation entries carry both predicates as they read now.
MATCH (c:Change)-[:ABOUT]->(e:Entity {id: $id})
WITH c ORDER BY c.at DESC, c.id
WITH collect(c) AS changes
UNWIND (CASE WHEN size(changes) = 0 THEN [null] ELSE changes[$skip..$skip + $limit] END) AS c
OPTIONAL MATCH (rt:RelationType {key: c.relationKey})
OPTIONAL MATCH (partner:RelationType {key: rt.partnerKey})
RETURN size(changes) AS total, c {.*, at: c.at} AS change,
       rt {.predicate, .predicateFr} AS forward, partner {.predicate, .predicateFr} AS backward
