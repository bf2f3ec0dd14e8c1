MATCH (f:SavedFilter {id: $id})
WHERE f.ownerId = $userId OR (f.shared AND $staff)
OPTIONAL MATCH (u:User {id: f.ownerId})
RETURN f {.id, .name, .entityType, .shared, .ownerId, .definition, ownerName: coalesce(u.name, '')} AS filter
