// Tags an entity (idempotent) and records it, unless the tag type does not apply to its type.
MATCH (e:Entity {id: $entityId}), (t:TagType {id: $tagId})
WITH e, t, e.type AS type
WITH e, t, type,
     CASE
       WHEN coalesce(t.internal, false) AND NOT $allowInternal THEN 'TAG_INTERNAL'
       WHEN size(t.entityTypes) > 0 AND NOT type IN t.entityTypes THEN 'TAG_NOT_FOR_TYPE'
       WHEN e.deletedAt IS NOT NULL THEN 'ENTITY_TRASHED'
     END AS problem,
     EXISTS { (e)-[:TAGGED]->(t) } AS already
OPTIONAL MATCH (u:User {id: $actorId})
CALL (e, t, u, problem, already) {
  WITH * WHERE problem IS NULL AND NOT already
  CREATE (e)-[:TAGGED {at: datetime(), by: $actorId}]->(t)
  CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                    action: 'tagged', tagId: t.id, tagName: t.name})-[:ABOUT]->(e)
}
RETURN problem, t.name AS tag, type, t.entityTypes AS allowed
