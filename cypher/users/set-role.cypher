// Refuses (returns no row) to take the admin role away from the last active admin.
MATCH (u:User {id: $id})
OPTIONAL MATCH (other:User {role: 'admin', active: true}) WHERE other.id <> u.id
WITH u, count(other) AS otherAdmins
WHERE NOT (u.role = 'admin' AND u.active AND $role <> 'admin' AND otherAdmins = 0)
SET u.role = $role, u.updatedAt = datetime()
RETURN u.id AS id
