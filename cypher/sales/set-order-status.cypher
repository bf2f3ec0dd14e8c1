// An order's new status and the day of the step ($dateField: confirmedOn, invoicedOn, paidOn,
// cancelledOn), with its history entry (as history/record.cypher writes one), in one statement.
MATCH (o:Entity:Order {id: $id})
OPTIONAL MATCH (u:User {id: $actorId})
SET o.status = $status, o[$dateField] = $on, o.updatedAt = datetime()
CREATE (:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: coalesce(u.name, $actorId), action: 'updated',
                 fields: $fields})-[:ABOUT]->(o)
