// Generator: one batch of contacts as createContact() stores them, each with its 'created' history
// entry. Not a product query: data generation only.
UNWIND $rows AS row
CREATE (n:Entity:Contact)
SET n = row.props,
    n.createdAt = datetime({epochMillis: row.createdAt}),
    n.updatedAt = datetime({epochMillis: row.updatedAt}),
    n.deletedAt = CASE WHEN row.deletedAt IS NULL THEN null ELSE datetime({epochMillis: row.deletedAt}) END,
    n.deletedBy = CASE WHEN row.deletedAt IS NULL THEN null ELSE row.props.ownerId END
CREATE (c:Change {id: randomUUID(), at: n.createdAt, actorId: row.props.ownerId, actorName: row.ownerName,
                  action: 'created', fields: '[]'})-[:ABOUT]->(n)
