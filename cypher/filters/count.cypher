// The exact number of entities a filter matches.
CALL () { /*SOURCE*/ RETURN DISTINCT n }
WITH n WHERE n:/*LABEL*/ AND n.deletedAt IS NULL AND /*CONDITION*/ /*AND VISIBLE(n)*/
RETURN count(n) AS total
