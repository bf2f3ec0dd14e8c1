// Every path of the shortest length (a bidirectional breadth-first search, which stays fast next to
// entities with tens of thousands of relations). Filled into graph/shortest-paths.cypher.
MATCH p = allShortestPaths((a)-[*../*MAX_LENGTH*/]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity AND n.deletedAt IS NULL /*AND VISIBLE(n)*/)
