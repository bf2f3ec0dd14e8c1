// The marker a complete generation leaves behind (absent: never generated, or interrupted).
OPTIONAL MATCH (m:BenchMarker)
RETURN m {.*} AS marker, EXISTS { MATCH (:Entity) } AS anyEntity
