// The call centre: calls found by Twilio's CallSid (status callbacks are idempotent on it), listed by
// start, and tied to the customer and the operator by internal relation types of the engine (only
// the call centre makes them), so that they read both ways, show in the explorer and as triples.
CREATE CONSTRAINT call_sid IF NOT EXISTS FOR (c:Call) REQUIRE c.callSid IS UNIQUE;
CREATE INDEX call_started IF NOT EXISTS FOR (c:Call) ON (c.startedAt);
UNWIND [
  {a: {key: 'IS_A_CALL_WITH', predicate: 'is a call with', predicateFr: 'est un appel avec', subjectTypes: ['Call']},
   b: {key: 'HAD_THE_CALL', predicate: 'had the call', predicateFr: 'a eu l’appel', subjectTypes: ['Organisation', 'Contact']}},
  {a: {key: 'HANDLED_THE_CALL', predicate: 'handled the call', predicateFr: 'a traité l’appel', subjectTypes: ['Contact']},
   b: {key: 'WAS_HANDLED_BY', predicate: 'was handled by', predicateFr: 'a été traité par', subjectTypes: ['Call']}}
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
