// Generator: one batch of relations of one native type (__TYPE__ is replaced by the generator with
// a built-in key), stored as relations/relate.cypher stores them: one relationship in the canonical
// direction with id/createdAt/createdBy (a live relation is its own history entry).
// Not a product query: data generation only (no checks, the generator only makes valid pairs).
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
CREATE (a)-[r:__TYPE__]->(b)
SET r.id = randomUUID(), r.createdAt = datetime({epochMillis: row.at}), r.createdBy = row.by, r.since = row.since
