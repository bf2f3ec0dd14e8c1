// One page of the entities a compiled filter matches, in the chosen order, with the exact total.
// The compiler fills in the candidates and the condition (see filter-compiler.ts).
CALL () { /*SOURCE*/ RETURN DISTINCT n }
WITH n WHERE n:/*LABEL*/ AND n.deletedAt IS NULL AND /*CONDITION*/ /*AND VISIBLE(n)*/
WITH n, CASE
          WHEN $sort = 'name' THEN n.sortName
          WHEN $sort = 'updatedAt' THEN toString(n.updatedAt)
          WHEN $sortText THEN toLower(coalesce(n[$sort], ''))
          ELSE n[$sort]
        END AS key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.sortName, n.id
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
