// Everything but the contacts that stand for user accounts (and their accounts).
MATCH (n:Entity) WHERE n.userId IS NULL
DETACH DELETE n
