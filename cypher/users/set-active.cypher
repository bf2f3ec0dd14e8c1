// Refuses (returns no row) to deactivate the last active admin.
MATCH (u:User {id: $id})
OPTIONAL MATCH (other:User {role: 'admin', active: true}) WHERE other.id <> u.id
WITH u, count(other) AS otherAdmins
WHERE $active OR NOT (u.role = 'admin' AND otherAdmins = 0)
SET u.active = $active, u.updatedAt = datetime()
RETURN u.id AS id
