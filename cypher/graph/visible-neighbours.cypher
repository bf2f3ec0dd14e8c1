// One step of the explorer's walk for a principal who does not see everything: the live entities
// they see one relation away from any of $ids (only through $nativeTypes unless $allTypes), so the
// walk never passes through an entity they may not see.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(b:Entity)
WHERE b.deletedAt IS NULL AND ($allTypes OR type(r) IN $nativeTypes) /*AND VISIBLE(b)*/
RETURN DISTINCT b.id AS id
LIMIT $limit
