// Removes relations and keeps their story: each becomes two history entries about both entities,
// "related" (when and by whom it was made) and "unrelated" (now, by the actor).
OPTIONAL MATCH (u:User {id: $actorId})
UNWIND $items AS item
MATCH (:Entity {id: item.entityId})-[r]-(:Entity)
WHERE r.id = item.relationId
WITH u, r, startNode(r) AS a, endNode(r) AS b
OPTIONAL MATCH (creator:User {id: r.createdBy})
CREATE (made:Change {id: randomUUID(), at: coalesce(r.createdAt, datetime()), actorId: r.createdBy,
                     actorName: coalesce(creator.name, r.createdBy, ''), action: 'related', relationId: r.id,
                     relationKey: type(r), startId: a.id, startName: a.name, endId: b.id, endName: b.name})
CREATE (gone:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId),
                     action: 'unrelated', relationId: r.id, relationKey: type(r),
                     startId: a.id, startName: a.name, endId: b.id, endName: b.name})
CREATE (made)-[:ABOUT]->(a), (made)-[:ABOUT]->(b), (gone)-[:ABOUT]->(a), (gone)-[:ABOUT]->(b)
DELETE r
RETURN count(*) AS archived
