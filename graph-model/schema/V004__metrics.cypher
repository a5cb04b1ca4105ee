// Metrics read a period's credits by when their exposure happened and when their purchase happened, and the
// period's purchases by type then time: without these, a 30-day report walks every event and every decision edge.
CREATE INDEX attributed_to_exposed_at IF NOT EXISTS FOR ()-[a:ATTRIBUTED_TO]-() ON (a.exposedAt);
CREATE INDEX attributed_to_purchased_at IF NOT EXISTS FOR ()-[a:ATTRIBUTED_TO]-() ON (a.purchasedAt);
CREATE INDEX event_type_at IF NOT EXISTS FOR (e:Event) ON (e.type, e.at);
// Migrations are applied once per graph (graph-model/migrations), recorded by name.
CREATE CONSTRAINT migration_name IF NOT EXISTS FOR (m:Migration) REQUIRE m.name IS UNIQUE;
// When a decision or an event last changed in a way metrics count (created, responded to, credited, returned):
// a report finds the days whose cached figures are stale through these.
CREATE INDEX decision_changed_at IF NOT EXISTS FOR (d:Decision) ON (d.changedAt);
CREATE INDEX event_changed_at IF NOT EXISTS FOR (e:Event) ON (e.changedAt);
