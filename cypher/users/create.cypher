CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $passwordHash,
                active: true, createdAt: datetime(), updatedAt: datetime()})
