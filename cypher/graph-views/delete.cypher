MATCH (v:GraphView {id: $id, ownerId: $userId})
DELETE v
RETURN count(*) AS deleted
