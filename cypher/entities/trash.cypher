// Staff contacts belong to their user account and stay; our own companies stay too.
MATCH (n:Entity {id: $id})
WITH n, n.userId IS NOT NULL AS staff, coalesce(n.managed, false) AS ours, n.deletedAt IS NULL AS live
WITH n, staff, ours, live AND NOT staff AND NOT ours AS trashedNow
FOREACH (_ IN CASE WHEN trashedNow THEN [1] ELSE [] END | SET n.deletedAt = datetime(), n.deletedBy = $actorId)
RETURN staff, ours, trashedNow, n.type AS type, n.name AS name, n.ownerId AS ownerId
