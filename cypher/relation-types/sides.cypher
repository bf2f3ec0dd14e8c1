// Every relation side with how it is stored: its native relationship type, and whether it runs in the
// side's own direction (canonical).
MATCH (t:RelationType)
RETURN t.key AS key, t.predicate AS predicate, t.predicateFr AS predicateFr,
       CASE WHEN t.canonical THEN t.key ELSE t.partnerKey END AS nativeType,
       t.canonical AS canonical, t.symmetric AS symmetric, t.enabled AS enabled
