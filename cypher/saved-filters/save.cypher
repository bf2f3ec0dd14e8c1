CREATE (f:SavedFilter {id: $id, name: $name, entityType: $entityType, shared: $shared, ownerId: $userId,
                       definition: $definition, createdAt: datetime()})
RETURN f.id AS id
