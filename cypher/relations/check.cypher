// Validates a batch of relations of one side type. Every entity involved is locked first, in id
// order ($lockIds, sorted by the caller, so that concurrent batches cannot deadlock), so that two
// users relating the same pair at once are serialised: the second then sees a duplicate.
// Returns one row per item, with `problem` null when the item may be created.
MATCH (side:RelationType {key: $sideKey})-[:SYMMETRIC_OF]->(other:RelationType)
CALL () {
  UNWIND $lockIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS locked
}
CALL apoc.lock.nodes(locked)
UNWIND $items AS item
OPTIONAL MATCH (s:Entity {id: item.subjectId})
OPTIONAL MATCH (o:Entity {id: item.objectId})
WITH side, other, item, s, o,
     [l IN labels(s) WHERE l <> 'Entity'][0] AS sType,
     [l IN labels(o) WHERE l <> 'Entity'][0] AS oType,
     CASE WHEN side.canonical THEN s ELSE o END AS a,
     CASE WHEN side.canonical THEN o ELSE s END AS b,
     CASE WHEN side.canonical THEN side.key ELSE other.key END AS nativeType
WITH side, other, item, s, o, sType, oType,
     [t IN side.requiredTags WHERE NOT EXISTS { (s)-[:TAGGED]->(:TagType {id: t}) }] AS sMissing,
     [t IN side.forbiddenTags WHERE EXISTS { (s)-[:TAGGED]->(:TagType {id: t}) }] AS sForbidden,
     [t IN other.requiredTags WHERE NOT EXISTS { (o)-[:TAGGED]->(:TagType {id: t}) }] AS oMissing,
     [t IN other.forbiddenTags WHERE EXISTS { (o)-[:TAGGED]->(:TagType {id: t}) }] AS oForbidden,
     a IS NOT NULL AND b IS NOT NULL AND (
       EXISTS { MATCH (a)-[r:$(nativeType)]->(b) RETURN r }
       OR (side.symmetric AND EXISTS { MATCH (b)-[r:$(nativeType)]->(a) RETURN r })
     ) AS duplicate
WITH side, other, item, s, o, sType, oType, sMissing, sForbidden, oMissing, oForbidden,
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
// Details only for refused items: an accepted batch of thousands returns almost nothing.
RETURN problem, item.objectId AS objectId,
       CASE WHEN problem IS NULL THEN null ELSE side {.predicate, .predicateFr, .subjectTypes} END AS side,
       CASE WHEN problem IS NULL THEN null ELSE other {.subjectTypes} END AS other,
       CASE WHEN problem IS NULL THEN null ELSE s {.name, type: sType} END AS subject,
       CASE WHEN problem IS NULL THEN null ELSE o {.name, type: oType} END AS object,
       CASE WHEN problem IS NULL THEN [] ELSE sMissing + sForbidden + oMissing + oForbidden END AS tags
