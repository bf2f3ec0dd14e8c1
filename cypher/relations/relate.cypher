// Checks a batch of relations of one side type and, when $create is true and every item is
// accepted, creates them in the same statement (all or nothing; each entity is looked up once).
// Every entity involved is locked first, in id order ($lockIds, sorted by the caller, so that
// concurrent batches cannot deadlock): two users relating the same pair at once are serialised, and
// the second sees a duplicate. A relation is stored once, in its canonical direction; a live relation
// is its own history entry ("related", from createdAt and createdBy), and relations/archive.cypher
// turns it into history nodes when it goes.
// One row (none when the side type does not exist, or $items is empty): the refused items, with their
// index in $items and what their message names.
MATCH (side:RelationType {key: $sideKey})-[:SYMMETRIC_OF]->(other:RelationType)
CALL () {
  UNWIND $lockIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS locked
}
CALL apoc.lock.nodes(locked)
WITH side, other, apoc.map.fromLists([n IN locked | n.id], locked) AS byId
UNWIND range(0, size($items) - 1) AS index
WITH side, other, index, $items[index] AS item, byId[$items[index].subjectId] AS s, byId[$items[index].objectId] AS o
WITH side, other, index, item, s, o,
     s.type AS sType,
     o.type AS oType,
     CASE WHEN side.canonical THEN s ELSE o END AS a,
     CASE WHEN side.canonical THEN o ELSE s END AS b,
     CASE WHEN side.canonical THEN side.key ELSE other.key END AS nativeType
WITH side, other, index, item, s, o, sType, oType, a, b, nativeType,
     [t IN side.requiredTags WHERE NOT EXISTS { (s)-[:TAGGED]->(:TagType {id: t}) }] AS sMissing,
     [t IN side.forbiddenTags WHERE EXISTS { (s)-[:TAGGED]->(:TagType {id: t}) }] AS sForbidden,
     [t IN other.requiredTags WHERE NOT EXISTS { (o)-[:TAGGED]->(:TagType {id: t}) }] AS oMissing,
     [t IN other.forbiddenTags WHERE EXISTS { (o)-[:TAGGED]->(:TagType {id: t}) }] AS oForbidden,
     a IS NOT NULL AND b IS NOT NULL AND (
       EXISTS { MATCH (a)-[r:$(nativeType)]->(b) RETURN r }
       OR (side.symmetric AND EXISTS { MATCH (b)-[r:$(nativeType)]->(a) RETURN r })
     ) AS duplicate
WITH side, other, index, item, s, o, sType, oType, a, b, nativeType, sMissing, sForbidden, oMissing, oForbidden,
     CASE
       WHEN s IS NULL THEN 'SUBJECT_NOT_FOUND'
       WHEN o IS NULL THEN 'OBJECT_NOT_FOUND'
       WHEN NOT side.enabled THEN 'TYPE_DISABLED'
       WHEN side.internal AND NOT $allowInternal THEN 'TYPE_INTERNAL'
       WHEN s = o THEN 'SELF_RELATION'
       WHEN s.deletedAt IS NOT NULL THEN 'SUBJECT_TRASHED'
       WHEN o.deletedAt IS NOT NULL THEN 'OBJECT_TRASHED'
       WHEN size(side.subjectTypes) > 0 AND NOT sType IN side.subjectTypes THEN 'SUBJECT_TYPE_NOT_ALLOWED'
       WHEN size(other.subjectTypes) > 0 AND NOT oType IN other.subjectTypes THEN 'OBJECT_TYPE_NOT_ALLOWED'
       WHEN size(sMissing) > 0 THEN 'SUBJECT_MISSING_TAG'
       WHEN size(sForbidden) > 0 THEN 'SUBJECT_FORBIDDEN_TAG'
       WHEN size(oMissing) > 0 THEN 'OBJECT_MISSING_TAG'
       WHEN size(oForbidden) > 0 THEN 'OBJECT_FORBIDDEN_TAG'
       WHEN duplicate THEN 'DUPLICATE'
     END AS problem
// Details only for refused items: an accepted batch of thousands carries nothing back.
WITH side, collect({item: item, a: a, b: b, nativeType: nativeType, refused: CASE WHEN problem IS NULL THEN null ELSE {
       index: index, problem: problem, objectId: item.objectId,
       side: side {.predicate, .predicateFr, .subjectTypes}, other: other {.subjectTypes},
       subject: s {.name, type: sType}, object: o {.name, type: oType},
       tags: sMissing + sForbidden + oMissing + oForbidden} END}) AS rows
WITH rows, [row IN rows WHERE row.refused IS NOT NULL | row.refused] AS refused
CALL (rows, refused) {
  WITH rows WHERE $create AND size(refused) = 0
  UNWIND rows AS row
  WITH row.a AS a, row.b AS b, row.item AS item, row.nativeType AS nativeType
  CREATE (a)-[r:$(nativeType)]->(b)
  SET r += $attributes, r.id = item.relationId, r.createdAt = datetime(), r.createdBy = $actorId
}
RETURN refused
