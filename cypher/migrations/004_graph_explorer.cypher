// Saved views of the graph explorer.
CREATE CONSTRAINT graph_view_id IF NOT EXISTS FOR (v:GraphView) REQUIRE v.id IS UNIQUE;
CREATE INDEX graph_view_owner IF NOT EXISTS FOR (v:GraphView) ON (v.ownerId);
