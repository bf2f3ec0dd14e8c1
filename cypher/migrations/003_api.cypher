// The GraphQL API: personal API tokens (only their SHA-256 is stored), looked up by hash on every
// request and listed per user. @neo4j/graphql needs nothing more than the entity constraints of 001
// (it filters on `id`, which entity_id indexes, and on labels).
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE INDEX api_token_user IF NOT EXISTS FOR (t:ApiToken) ON (t.userId);
// The GraphQL reads filter and sort on these; the relation types and tag types are few.
CREATE INDEX organisation_display_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX contact_display_name IF NOT EXISTS FOR (n:Contact) ON (n.name);
