// Relation types and tag types: the predicates and tag IRIs of the triple store, with their labels.
CALL () {
  MATCH (t:RelationType)
  RETURN collect(t {.key, .predicate, .predicateFr, .canonical, .symmetric, .partnerKey}) AS relationTypes
}
CALL () {
  MATCH (t:TagType)
  RETURN collect(t {.id, .name, .nameFr, .entityTypes, .color}) AS tagTypes
}
RETURN relationTypes, tagTypes
