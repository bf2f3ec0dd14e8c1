// Staff contacts belong to their user account and stay; our own companies stay too.
MATCH (n:Entity {id: $id})
WITH n, n.userId IS NOT NULL AS staff, coalesce(n.managed, false) AS ours
FOREACH (_ IN CASE WHEN n.deletedAt IS NULL AND NOT staff AND NOT ours THEN [1] ELSE [] END |
  SET n.deletedAt = datetime(), n.deletedBy = $actorId)
RETURN staff, ours, n.deletedAt IS NOT NULL AS trashed,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS type
