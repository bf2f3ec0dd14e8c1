// Records created per ISO week and kind over the last $weeks weeks (the ones the user sees).
MATCH (n:Entity)
WHERE n.createdAt >= datetime() - duration({days: 7 * $weeks}) AND n.deletedAt IS NULL /*AND VISIBLE(n)*/
RETURN n.type AS type, date.truncate('week', n.createdAt) AS week, count(*) AS created
