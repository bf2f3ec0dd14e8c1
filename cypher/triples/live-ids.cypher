// Ids of live entities after $after, in id order (index-backed): pages through every entity.
MATCH (e:Entity)
WHERE e.id > $after AND e.deletedAt IS NULL
RETURN e.id AS id
ORDER BY id
LIMIT $limit
