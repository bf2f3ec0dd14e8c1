// Which of the (entity, tag type) pairs are already tagged.
UNWIND $pairs AS pair
MATCH (:Entity {id: pair.entityId})-[:TAGGED]->(:TagType {id: pair.tagId})
RETURN pair.entityId AS entityId, pair.tagId AS tagId
