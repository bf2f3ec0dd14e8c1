// The entities among $ids that the principal sees ($scope).
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE true /*AND VISIBLE(n)*/
RETURN n.id AS id
