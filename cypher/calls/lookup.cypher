// Organisations and contacts with the number $e164 among their phones, through the search index: the
// number's digits ($token) are one of the words each phone is indexed under (entities/search-text.ts),
// so a million contacts cost a term lookup, and the phones list itself confirms the match.
CALL db.index.fulltext.queryNodes('entity_search', $token) YIELD node
WHERE node.type IN ['Organisation', 'Contact'] AND node.deletedAt IS NULL AND $e164 IN node.phones
RETURN node.id AS id, node.type AS type, node.name AS name
ORDER BY node.type DESC, node.name
LIMIT 10
