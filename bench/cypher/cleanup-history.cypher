// The history nodes the benchmarks' actors left (see cleanup.cypher).
MATCH (c:Change)
WHERE c.actorId STARTS WITH 'bench:'
CALL (c) {
  DETACH DELETE c
} IN TRANSACTIONS OF 10000 ROWS
