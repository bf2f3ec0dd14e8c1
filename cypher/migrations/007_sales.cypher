// Sales: orders, invoices, payments and coupons, tied to customers, operators and products by
// relation types of the engine (internal: only the sales workflow makes or removes them), so that
// they read both ways, show in the explorer and come out as triples.
CREATE CONSTRAINT order_number IF NOT EXISTS FOR (o:Order) REQUIRE o.number IS UNIQUE;
CREATE CONSTRAINT invoice_number IF NOT EXISTS FOR (i:Invoice) REQUIRE i.number IS UNIQUE;
CREATE CONSTRAINT coupon_code IF NOT EXISTS FOR (c:Coupon) REQUIRE c.code IS UNIQUE;
CREATE INDEX order_ordered_on IF NOT EXISTS FOR (o:Order) ON (o.orderedOn);
CREATE INDEX invoice_due IF NOT EXISTS FOR (i:Invoice) ON (i.status, i.dueOn);
CREATE INDEX coupon_expires IF NOT EXISTS FOR (c:Coupon) ON (c.expiresOn);
UNWIND [
  {a: {key: 'PLACED', predicate: 'placed', predicateFr: 'a passé', subjectTypes: ['Organisation', 'Contact']},
   b: {key: 'WAS_PLACED_BY', predicate: 'was placed by', predicateFr: 'a été passée par', subjectTypes: ['Order']}},
  {a: {key: 'CONTAINS', predicate: 'contains', predicateFr: 'contient', subjectTypes: ['Order']},
   b: {key: 'IS_IN_ORDER', predicate: 'is in the order', predicateFr: 'figure dans la commande', subjectTypes: ['Product']}},
  {a: {key: 'TOOK_THE_ORDER', predicate: 'took the order', predicateFr: 'a pris la commande', subjectTypes: ['Contact']},
   b: {key: 'WAS_TAKEN_BY', predicate: 'was taken by', predicateFr: 'a été prise par', subjectTypes: ['Order']}},
  {a: {key: 'IS_INVOICED_BY', predicate: 'is invoiced by', predicateFr: 'est facturée par', subjectTypes: ['Order']},
   b: {key: 'INVOICES', predicate: 'invoices', predicateFr: 'facture', subjectTypes: ['Invoice']}},
  {a: {key: 'SETTLES', predicate: 'settles', predicateFr: 'règle', subjectTypes: ['Payment']},
   b: {key: 'IS_SETTLED_BY', predicate: 'is settled by', predicateFr: 'est réglée par', subjectTypes: ['Invoice']}},
  {a: {key: 'IS_A_COUPON_FOR', predicate: 'is a coupon for', predicateFr: 'est un bon pour', subjectTypes: ['Coupon']},
   b: {key: 'HOLDS_THE_COUPON', predicate: 'holds the coupon', predicateFr: 'détient le bon', subjectTypes: ['Organisation', 'Contact']}},
  {a: {key: 'IS_REDEEMED_ON', predicate: 'is redeemed on', predicateFr: 'est utilisé sur', subjectTypes: ['Coupon']},
   b: {key: 'REDEEMS', predicate: 'redeems', predicateFr: 'utilise', subjectTypes: ['Invoice']}}
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
