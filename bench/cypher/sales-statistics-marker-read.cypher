// The sales statistics benchmark's marker: present once every batch of its generation committed.
OPTIONAL MATCH (m:BenchMarker {benchmark: 'sales-statistics'})
RETURN m {.*} AS marker, EXISTS { MATCH (:Order) } AS anyOrder
