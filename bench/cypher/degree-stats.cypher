// Degree distribution over relations between entities (history links excluded).
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS d
ORDER BY d DESC
WITH collect(d) AS ds
RETURN size(ds) AS entities,
       ds[0] AS max,
       ds[0..10] AS top10,
       reduce(s = 0, d IN ds | s + d) * 1.0 / size(ds) AS mean,
       ds[toInteger(size(ds) * 0.5)] AS p50,
       ds[toInteger(size(ds) * 0.1)] AS p90,
       ds[toInteger(size(ds) * 0.01)] AS p99,
       ds[toInteger(size(ds) * 0.001)] AS p999,
       size([d IN ds WHERE d = 0]) AS isolated
