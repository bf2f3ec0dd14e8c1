MATCH (v:GraphView) WHERE v.ownerId = $userId OR (v.shared AND $staff)
OPTIONAL MATCH (u:User {id: v.ownerId})
RETURN v {.id, .name, .shared, .ownerId, .state, updatedAt: v.updatedAt, ownerName: coalesce(u.name, '')} AS view
ORDER BY toLower(v.name)
