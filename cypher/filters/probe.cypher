// How many entities the filter matches, counting no further than $cap: tells a rare answer
// (sort it all, exact total) from a common one (walk the name index, count separately).
CALL () { /*SOURCE*/ RETURN DISTINCT n }
WITH n WHERE n:/*LABEL*/ AND n.deletedAt IS NULL AND /*CONDITION*/ /*AND VISIBLE(n)*/
WITH n LIMIT $cap
RETURN count(n) AS matches
