// The user's own filters and those others shared, for one entity type.
MATCH (f:SavedFilter {entityType: $entityType})
WHERE f.ownerId = $userId OR f.shared
OPTIONAL MATCH (u:User {id: f.ownerId})
RETURN f {.id, .name, .entityType, .shared, .ownerId, .definition, ownerName: coalesce(u.name, '')} AS filter
ORDER BY toLower(f.name)
