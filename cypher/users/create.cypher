CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $passwordHash,
                organisationId: $organisationId, active: true, createdAt: datetime(), updatedAt: datetime()})
