// Live entities carrying the tag type $id.
MATCH (:TagType {id: $id})<-[:TAGGED]-(e:Entity)
WHERE e.deletedAt IS NULL
RETURN e.id AS id
ORDER BY id
