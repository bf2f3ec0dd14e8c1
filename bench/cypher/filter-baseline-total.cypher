// Baseline for "organisations that are prospects of a competitor of ours", written by hand with
// static relationship types: the same answer as runFilter (every match, sorted by name, the total
// and the ids of one page). The product's filters/page.cypher then reads the page's summaries.
MATCH (ours:Organisation {managed: true})
WHERE ours.deletedAt IS NULL
MATCH (ours)<-[:IS_COMPETITOR_OF]-(c:Organisation)
WHERE c.deletedAt IS NULL
MATCH (c)<-[:IS_PROSPECT_OF]-(n:Organisation)
WHERE n.deletedAt IS NULL
WITH DISTINCT n
ORDER BY n.sortName, n.id
WITH collect(n.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
