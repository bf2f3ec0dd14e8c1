MATCH (u:User {email: $email})
RETURN u.id AS id, u.email AS email, u.passwordHash AS passwordHash, u.active AS active
