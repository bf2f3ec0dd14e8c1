MATCH (n:Entity) WHERE n.searchText IS NULL OR n.sortName IS NULL
RETURN n.id AS id, n.name AS name, n.phones AS phones, n.emails AS emails,
       n.city AS city, n.postcode AS postcode, n.position AS position
