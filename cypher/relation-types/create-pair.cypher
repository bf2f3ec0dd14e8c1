// A custom pair made in the admin screen; a symmetric one is its own partner.
CREATE (a:RelationType {key: $a.key, predicate: $a.predicate, predicateFr: $a.predicateFr,
                        subjectTypes: $a.subjectTypes, requiredTags: $a.requiredTags, forbiddenTags: $a.forbiddenTags,
                        canonical: true, symmetric: $symmetric, custom: true, internal: false, enabled: true,
                        partnerKey: CASE WHEN $symmetric THEN $a.key ELSE $b.key END, createdAt: datetime()})
WITH a
CALL (a) {
  WITH a WHERE $symmetric
  CREATE (a)-[:SYMMETRIC_OF]->(a)
}
CALL (a) {
  WITH a WHERE NOT $symmetric
  CREATE (b:RelationType {key: $b.key, predicate: $b.predicate, predicateFr: $b.predicateFr,
                          subjectTypes: $b.subjectTypes, requiredTags: $b.requiredTags, forbiddenTags: $b.forbiddenTags,
                          canonical: false, symmetric: false, custom: true, internal: false, enabled: true,
                          partnerKey: $a.key, createdAt: datetime()})
  CREATE (a)-[:SYMMETRIC_OF]->(b), (b)-[:SYMMETRIC_OF]->(a)
}
RETURN a.key AS key
