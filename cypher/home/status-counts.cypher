// How many live records of $type have each value of the field $field (a choice field of the registry).
MATCH (n:Entity {type: $type})
WHERE n.deletedAt IS NULL /*AND VISIBLE(n)*/
RETURN n[$field] AS value, count(*) AS count
ORDER BY count DESC
