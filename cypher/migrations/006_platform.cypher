// The platform: the access matrix (one node, read with every session), jobs and their schedules,
// the event outbox, notifications and outgoing mail.
CREATE CONSTRAINT access_matrix_id IF NOT EXISTS FOR (m:AccessMatrix) REQUIRE m.id IS UNIQUE;
