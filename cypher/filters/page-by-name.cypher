// One page of a common answer in name order: walks the name index and stops once the page (and one
// more, to know whether there is a next page) is full, so the first page costs the same whatever
// the total.
MATCH (n:/*LABEL*/)
WHERE n.sortName IS NOT NULL AND n.deletedAt IS NULL AND /*CONDITION*/ /*AND VISIBLE(n)*/
RETURN n.id AS id
ORDER BY n.sortName /*DIR*/
SKIP $skip LIMIT $limit + 1
