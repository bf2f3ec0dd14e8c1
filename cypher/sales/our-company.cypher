// The organisation that prints our documents: the first of ours by name.
MATCH (o:Organisation)
WHERE o.managed = true AND o.deletedAt IS NULL
RETURN o.name AS name, o.street AS street, o.postcode AS postcode, o.city AS city, o.phones AS phones, o.emails AS emails
ORDER BY o.sortName
LIMIT 1
