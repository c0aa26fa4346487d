-- Who a report is credited to ("according to AFP", "SANA reported", "a source told TASS"): the event mention's
-- attribution, kept beside its parties in event_mention_parties with role 'source' (never 'actor' or 'target':
-- a source is no party to the event it reports), so renaming a merged entity renames it there too. Mentions
-- stored before this migration have no attribution until their articles are analysed again.
CREATE INDEX event_mention_parties_source ON event_mention_parties (entity_id, article_id) WHERE role = 'source';
