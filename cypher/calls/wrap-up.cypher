// The operator's wrap-up of a call: its outcome and notes, with the history entry (as
// history/record.cypher writes one), in one statement.
MATCH (c:Entity:Call {id: $id})
OPTIONAL MATCH (u:User {id: $actorId})
SET c.outcome = $outcome, c.notes = $notes, c.updatedAt = datetime()
CREATE (:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId), action: 'updated',
                 fields: $fields})-[:ABOUT]->(c)
