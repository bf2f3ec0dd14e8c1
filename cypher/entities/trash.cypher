// Staff contacts belong to their user account and stay; our own companies stay too, and so do the
// records of a workflow ($workflowTypes: an order is cancelled, an invoice settled, never trashed).
MATCH (n:Entity {id: $id})
WITH n, n.userId IS NOT NULL AS staff, coalesce(n.managed, false) AS ours, n.type IN $workflowTypes AS workflow, n.deletedAt IS NULL AS live
WITH n, staff, ours, workflow, live AND NOT staff AND NOT ours AND NOT workflow AS trashedNow
FOREACH (_ IN CASE WHEN trashedNow THEN [1] ELSE [] END | SET n.deletedAt = datetime(), n.deletedBy = $actorId)
RETURN staff, ours, workflow, trashedNow, n.type AS type, n.name AS name, n.ownerId AS ownerId
