// Live entities related to the live entity $id: the subjects of the triples whose object it is.
MATCH (o:Entity {id: $id})
WHERE o.deletedAt IS NULL
MATCH (o)--(x:Entity)
WHERE x.deletedAt IS NULL
RETURN DISTINCT x.id AS id
ORDER BY id
