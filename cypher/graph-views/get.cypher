MATCH (v:GraphView {id: $id}) WHERE v.ownerId = $userId OR (v.shared AND $staff)
OPTIONAL MATCH (u:User {id: v.ownerId})
RETURN v {.id, .name, .shared, .ownerId, .state, updatedAt: v.updatedAt, ownerName: coalesce(u.name, '')} AS view
