MATCH (l:Lease {name: $name, holder: $holder})
SET l.holder = null, l.until = null
