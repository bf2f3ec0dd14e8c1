MATCH (o:Organisation {managed: true}) WHERE o.deletedAt IS NULL /*AND VISIBLE(o)*/
RETURN o.id AS id, o.name AS name ORDER BY o.sortName
