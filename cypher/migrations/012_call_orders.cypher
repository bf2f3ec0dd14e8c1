// An order taken on a call: the call led to it (the revenue an operator brings on calls).
UNWIND [
  {a: {key: 'LED_TO_THE_ORDER', predicate: 'led to the order', predicateFr: 'a mené à la commande', subjectTypes: ['Call']},
   b: {key: 'CAME_FROM_THE_CALL', predicate: 'came from the call', predicateFr: 'vient de l’appel', subjectTypes: ['Order']}}
] AS pair
MERGE (a:RelationType {key: pair.a.key})
ON CREATE SET a += pair.a, a.requiredTags = [], a.forbiddenTags = [],
              a.canonical = true, a.symmetric = false, a.custom = false, a.internal = true, a.enabled = true,
              a.partnerKey = pair.b.key, a.createdAt = datetime()
MERGE (b:RelationType {key: pair.b.key})
ON CREATE SET b += pair.b, b.requiredTags = [], b.forbiddenTags = [],
              b.canonical = false, b.symmetric = false, b.custom = false, b.internal = true, b.enabled = true,
              b.partnerKey = pair.a.key, b.createdAt = datetime()
MERGE (a)-[:SYMMETRIC_OF]->(b)
MERGE (b)-[:SYMMETRIC_OF]->(a);
