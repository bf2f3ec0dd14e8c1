MATCH (u:User {id: $id}) SET u.passwordHash = $passwordHash, u.updatedAt = datetime()
