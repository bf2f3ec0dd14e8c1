// The platform: the access matrix (one node, read with every session), jobs and their schedules,
// the event outbox, notifications and outgoing mail.
CREATE CONSTRAINT access_matrix_id IF NOT EXISTS FOR (m:AccessMatrix) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT counter_id IF NOT EXISTS FOR (c:Counter) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT event_seq IF NOT EXISTS FOR (e:Event) REQUIRE e.seq IS UNIQUE;
CREATE INDEX event_at IF NOT EXISTS FOR (e:Event) ON (e.at);
CREATE CONSTRAINT job_id IF NOT EXISTS FOR (j:Job) REQUIRE j.id IS UNIQUE;
CREATE CONSTRAINT job_run_key IF NOT EXISTS FOR (r:JobRun) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT schedule_fire_key IF NOT EXISTS FOR (f:ScheduleFire) REQUIRE f.key IS UNIQUE;
CREATE INDEX job_status IF NOT EXISTS FOR (j:Job) ON (j.status, j.runAt);
CREATE INDEX job_created IF NOT EXISTS FOR (j:Job) ON (j.createdAt);
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_user IF NOT EXISTS FOR (n:Notification) ON (n.userId, n.at);
CREATE CONSTRAINT mail_id IF NOT EXISTS FOR (m:Mail) REQUIRE m.id IS UNIQUE;
CREATE INDEX mail_created IF NOT EXISTS FOR (m:Mail) ON (m.createdAt);
