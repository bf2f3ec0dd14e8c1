// Which relations are already stored (a symmetric one in either direction). $items: [{n, start, end,
// nativeType, symmetric}] in the stored direction; anchored on both entities' ids.
UNWIND $items AS item
MATCH (a:Entity {id: item.start})
MATCH (b:Entity {id: item.end})
WITH item, a, b
WHERE EXISTS { MATCH (a)-[r:$(item.nativeType)]->(b) RETURN r }
   OR (item.symmetric AND EXISTS { MATCH (b)-[r:$(item.nativeType)]->(a) RETURN r })
RETURN item.n AS n
