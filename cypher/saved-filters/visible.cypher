// The user's own filters and, for the staff, those colleagues shared, for one entity type.
MATCH (f:SavedFilter {entityType: $entityType})
WHERE f.ownerId = $userId OR (f.shared AND $staff)
OPTIONAL MATCH (u:User {id: f.ownerId})
RETURN f {.id, .name, .entityType, .shared, .ownerId, .definition, ownerName: coalesce(u.name, '')} AS filter
ORDER BY toLower(f.name)
