// The global search box: live entities of every type (or of $types), best matches first.
CALL db.index.fulltext.queryNodes('entity_search', $search, {limit: $limit * 4}) YIELD node AS n, score
WITH n, score WHERE n.deletedAt IS NULL AND ($types IS NULL OR n.type IN $types) AND n.id <> coalesce($exclude, '') /*AND VISIBLE(n)*/
WITH n, score ORDER BY score DESC, n.sortName LIMIT $limit
RETURN n.id AS id
