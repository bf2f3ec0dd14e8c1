MATCH (e:Event) WHERE e.seq > $seq
RETURN e.seq AS seq, e.type AS type, toString(e.at) AS at, e.users AS users, e.roles AS roles, e.staff AS staff, e.payload AS payload
ORDER BY e.seq
LIMIT $limit
