MATCH (u:User {id: $id}) RETURN u.id AS id, u.role AS role
