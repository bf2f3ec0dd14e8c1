// Callbacks: found by status and due time (the reminder job, the overdue list), tied to the customer
// and to the call they follow up by internal relation types of the engine.
CREATE INDEX callback_status_due IF NOT EXISTS FOR (c:Callback) ON (c.status, c.dueAt);
UNWIND [
  {a: {key: 'IS_A_CALLBACK_FOR', predicate: 'is a callback for', predicateFr: 'est un rappel pour', subjectTypes: ['Callback']},
   b: {key: 'IS_TO_BE_CALLED_BACK_BY', predicate: 'is to be called back by', predicateFr: 'doit être rappelé par', subjectTypes: ['Organisation', 'Contact']}},
  {a: {key: 'FOLLOWS_UP_THE_CALL', predicate: 'follows up the call', predicateFr: 'fait suite à l’appel', subjectTypes: ['Callback']},
   b: {key: 'IS_FOLLOWED_UP_BY', predicate: 'is followed up by', predicateFr: 'est suivi du rappel', subjectTypes: ['Call']}}
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
