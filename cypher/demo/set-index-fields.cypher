UNWIND $updates AS u
MATCH (n:Entity {id: u.id})
SET n.sortName = u.sortName, n.searchText = u.searchText
