-- Indexes for what resolution does per article at scale: renaming a merged entity everywhere it
-- appears (places of events and mentions, what entities stand for) must not scan whole tables.
CREATE INDEX event_mentions_location ON event_mentions (location) WHERE location IS NOT NULL;
CREATE INDEX events_location ON events (location) WHERE location IS NOT NULL;
CREATE INDEX entities_denotes ON entities (denotes) WHERE denotes IS NOT NULL;
