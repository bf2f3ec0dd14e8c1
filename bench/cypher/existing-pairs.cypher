// Which of these candidate pairs are already related by __TYPE__ (in the stored direction):
// the bulk benchmark leaves them out, as relateMany refuses a whole batch with a duplicate.
UNWIND $pairs AS p
MATCH (a:Entity {id: p.subjectId})-[:__TYPE__]->(b:Entity {id: p.objectId})
RETURN DISTINCT p.subjectId AS subjectId, p.objectId AS objectId
