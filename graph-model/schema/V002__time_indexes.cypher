// Signals and exposures are read by time window (caps, rotation, moments).
CREATE INDEX event_at IF NOT EXISTS FOR (e:Event) ON (e.at);
CREATE INDEX decision_at IF NOT EXISTS FOR (d:Decision) ON (d.at);
