// Generator: one batch of organisations as createOrganisation() stores them (same properties,
// sortName and searchText computed by the product's own functions), each with its 'created'
// history entry. Not a product query: data generation only.
UNWIND $rows AS row
CREATE (n:Entity:Organisation)
SET n = row.props,
    n.createdAt = datetime({epochMillis: row.createdAt}),
    n.updatedAt = datetime({epochMillis: row.updatedAt}),
    n.deletedAt = CASE WHEN row.deletedAt IS NULL THEN null ELSE datetime({epochMillis: row.deletedAt}) END,
    n.deletedBy = CASE WHEN row.deletedAt IS NULL THEN null ELSE row.props.ownerId END
CREATE (c:Change {id: randomUUID(), at: n.createdAt, actorId: row.props.ownerId, actorName: row.ownerName,
                  action: 'created', fields: '[]'})-[:ABOUT]->(n)
