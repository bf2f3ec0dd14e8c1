// The 5 (the most asked for) shortest paths whatever their lengths, up to MAX_LENGTH hops (a search outward that
// can be slow through very large hubs: used only to add paths one relation longer than the shortest).
// Filled into graph/shortest-paths.cypher.
MATCH p = SHORTEST 5 (a) ((:Entity)-[]-(n:Entity WHERE n.deletedAt IS NULL)){1,/*MAX_LENGTH*/} (b)
