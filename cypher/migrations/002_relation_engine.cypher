// The relation engine: relation types (in symmetric pairs), tag types, history, saved filters.
CREATE CONSTRAINT relation_type_key IF NOT EXISTS FOR (t:RelationType) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT tag_type_id IF NOT EXISTS FOR (t:TagType) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT saved_filter_id IF NOT EXISTS FOR (f:SavedFilter) REQUIRE f.id IS UNIQUE;
CREATE INDEX saved_filter_owner IF NOT EXISTS FOR (f:SavedFilter) ON (f.ownerId);
CREATE INDEX organisation_status IF NOT EXISTS FOR (n:Organisation) ON (n.status);
CREATE INDEX organisation_category IF NOT EXISTS FOR (n:Organisation) ON (n.category);
// Built-in tag types. `staff` is given by the product to the contact of every user account.
UNWIND [
  {id: 'staff', name: 'Staff member', nameFr: 'Membre du personnel', entityTypes: ['Contact'], color: '#1d4ed8', internal: true},
  {id: 'vip', name: 'VIP', nameFr: 'VIP', entityTypes: [], color: '#b45309', internal: false},
  {id: 'key-account', name: 'Key account', nameFr: 'Compte clé', entityTypes: ['Organisation'], color: '#047857', internal: false}
] AS tag
MERGE (t:TagType {id: tag.id})
ON CREATE SET t += tag, t.builtin = true, t.createdAt = datetime();
MATCH (u:User)-[:HAS_CONTACT]->(c:Contact), (t:TagType {id: 'staff'})
MERGE (c)-[:TAGGED]->(t);
// Built-in relation types, as pairs: the first side's key is the native relationship type.
// Admins may enable or disable them later; ON CREATE keeps their choice across starts.
UNWIND [
  {a: {key: 'IS_EMPLOYEE_OF', predicate: 'is an employee of', predicateFr: 'est salarié de', subjectTypes: ['Contact']},
   b: {key: 'EMPLOYS', predicate: 'employs', predicateFr: 'emploie', subjectTypes: ['Organisation']}},
  {a: {key: 'IS_CUSTOMER_OF', predicate: 'is a customer of', predicateFr: 'est client de', subjectTypes: []},
   b: {key: 'HAS_AS_CUSTOMER', predicate: 'has as customer', predicateFr: 'a pour client', subjectTypes: []}},
  {a: {key: 'IS_SUPPLIER_OF', predicate: 'is a supplier of', predicateFr: 'est fournisseur de', subjectTypes: []},
   b: {key: 'HAS_AS_SUPPLIER', predicate: 'has as supplier', predicateFr: 'a pour fournisseur', subjectTypes: []}},
  {a: {key: 'MANAGES', predicate: 'manages', predicateFr: 'gère', subjectTypes: ['Contact']},
   b: {key: 'IS_MANAGED_BY', predicate: 'is managed by', predicateFr: 'est géré par', subjectTypes: []}},
  {a: {key: 'IS_PROSPECT_OF', predicate: 'is a prospect of', predicateFr: 'est prospect de', subjectTypes: []},
   b: {key: 'HAS_AS_PROSPECT', predicate: 'has as prospect', predicateFr: 'a pour prospect', subjectTypes: []}},
  {a: {key: 'IS_SUSPECT_OF', predicate: 'is a suspect of', predicateFr: 'est suspect de', subjectTypes: []},
   b: {key: 'HAS_AS_SUSPECT', predicate: 'has as suspect', predicateFr: 'a pour suspect', subjectTypes: []}},
  {a: {key: 'IS_INACTIVE_CUSTOMER_OF', predicate: 'is an inactive customer of', predicateFr: 'est un ancien client de', subjectTypes: []},
   b: {key: 'HAS_AS_INACTIVE_CUSTOMER', predicate: 'has as inactive customer', predicateFr: 'a pour ancien client', subjectTypes: []}},
  {a: {key: 'HAS_AS_SUBSIDIARY', predicate: 'has as subsidiary', predicateFr: 'a pour filiale', subjectTypes: ['Organisation']},
   b: {key: 'IS_SUBSIDIARY_OF', predicate: 'is a subsidiary of', predicateFr: 'est une filiale de', subjectTypes: ['Organisation']}},
  {a: {key: 'IS_COMPETITOR_OF', predicate: 'is a competitor of', predicateFr: 'est concurrent de', subjectTypes: ['Organisation']},
   b: {key: 'HAS_AS_COMPETITOR', predicate: 'has as competitor', predicateFr: 'a pour concurrent', subjectTypes: ['Organisation']}},
  {a: {key: 'IS_SALES_AGENT_OF', predicate: 'is the sales agent of', predicateFr: 'est le commercial de', subjectTypes: ['Contact'], requiredTags: ['staff']},
   b: {key: 'HAS_AS_SALES_AGENT', predicate: 'has as sales agent', predicateFr: 'a pour commercial', subjectTypes: []}}
] AS pair
MERGE (a:RelationType {key: pair.a.key})
ON CREATE SET a += pair.a, a.requiredTags = coalesce(pair.a.requiredTags, []), a.forbiddenTags = [],
              a.canonical = true, a.symmetric = false, a.custom = false, a.internal = false, a.enabled = true,
              a.partnerKey = pair.b.key, a.createdAt = datetime()
MERGE (b:RelationType {key: pair.b.key})
ON CREATE SET b += pair.b, b.requiredTags = [], b.forbiddenTags = [],
              b.canonical = false, b.symmetric = false, b.custom = false, b.internal = false, b.enabled = true,
              b.partnerKey = pair.a.key, b.createdAt = datetime()
MERGE (a)-[:SYMMETRIC_OF]->(b)
MERGE (b)-[:SYMMETRIC_OF]->(a);
MERGE (p:RelationType {key: 'IS_PARTNER_OF'})
ON CREATE SET p.predicate = 'is a partner of', p.predicateFr = 'est partenaire de', p.subjectTypes = [],
              p.requiredTags = [], p.forbiddenTags = [], p.canonical = true, p.symmetric = true,
              p.custom = false, p.internal = false, p.enabled = true, p.partnerKey = 'IS_PARTNER_OF',
              p.createdAt = datetime()
MERGE (p)-[:SYMMETRIC_OF]->(p);
