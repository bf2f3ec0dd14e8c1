// Optimistic concurrency: the edit only applies to the version the user saw. `before` is read
// ahead of the SET, for the history's field-by-field changes.
MATCH (n:Entity {id: $id})
WHERE n.type = $type AND n.deletedAt IS NULL
WITH n, properties(n) AS before, toString(n.updatedAt) = $version AS current
FOREACH (_ IN CASE WHEN current THEN [1] ELSE [] END | SET n += $props, n.updatedAt = datetime(), n.updatedBy = $actorId)
RETURN current, before
