// One page of the entities a compiled filter matches (the compiler's text replaces the marker
// below and binds `n`), in the chosen order, with the total.
/*FILTER*/
WITH n, CASE $sort
          WHEN 'city' THEN toLower(coalesce(n.city, ''))
          WHEN 'status' THEN coalesce(n.status, '')
          WHEN 'category' THEN coalesce(n.category, '')
          WHEN 'position' THEN toLower(coalesce(n.position, ''))
          WHEN 'updatedAt' THEN toString(n.updatedAt)
          ELSE n.sortName
        END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.sortName, n.id
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
