// Identity and lookups for everything the product stores. Idempotent: safe to run twice.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT settings_id IF NOT EXISTS FOR (s:Settings) REQUIRE s.id IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.sortName);
CREATE INDEX organisation_updated IF NOT EXISTS FOR (n:Organisation) ON (n.updatedAt);
CREATE INDEX contact_name IF NOT EXISTS FOR (n:Contact) ON (n.sortName);
CREATE INDEX contact_updated IF NOT EXISTS FOR (n:Contact) ON (n.updatedAt);
CREATE INDEX entity_deleted IF NOT EXISTS FOR (n:Entity) ON (n.deletedAt);
CREATE INDEX organisation_managed IF NOT EXISTS FOR (n:Organisation) ON (n.managed);
// Names, e-mails and every written form of the phone numbers (see entities/search-text.ts), accent-insensitive.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
