MATCH (e:Entity {id: $entityId})-[x:TAGGED]->(t:TagType {id: $tagId})
WITH e, t, x, coalesce(t.internal, false) AND NOT $allowInternal AS refused
OPTIONAL MATCH (u:User {id: $actorId})
CALL (e, t, x, u, refused) {
  WITH * WHERE NOT refused
  DELETE x
  CREATE (c:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                    action: 'untagged', tagId: t.id, tagName: t.name})-[:ABOUT]->(e)
}
RETURN refused
