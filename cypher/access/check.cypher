// Whether the principal sees the entity $id ($scope) and may act on it ($actionScope: their scope
// for the action asked, in the same form). No row when there is no such entity.
MATCH (n:Entity {id: $id})
RETURN n.type AS type, /*VISIBLE(n)*/ AS visible, /*VISIBLE(n, actionScope)*/ AS inScope
