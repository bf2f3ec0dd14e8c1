// How each side is stored: its native relationship type and direction.
MATCH (t:RelationType)
RETURN t.key AS key, CASE WHEN t.canonical THEN t.key ELSE t.partnerKey END AS nativeType,
       t.canonical AS outgoing, t.symmetric AS symmetric
