// Every relation side with how it is stored: its native relationship type and direction.
MATCH (t:RelationType)
RETURN t.key AS key, t.predicate AS predicate, t.predicateFr AS predicateFr,
       CASE WHEN t.canonical THEN t.key ELSE t.partnerKey END AS nativeType,
       t.canonical AS canonical, t.canonical AS outgoing, t.symmetric AS symmetric, t.enabled AS enabled
