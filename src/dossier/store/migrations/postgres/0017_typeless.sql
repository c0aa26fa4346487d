-- An event (and an event mention) PLOVER does not type has type NULL, not '' (as migration 0015 stored it, SQLite
-- being unable to relax NOT NULL in place; its migration builds the tables again). What the store reads and exports
-- is unchanged (a typeless event reads as no type, "type": null).
ALTER TABLE events ALTER COLUMN type DROP NOT NULL;
ALTER TABLE event_mentions ALTER COLUMN type DROP NOT NULL;
UPDATE events SET type = NULL WHERE type = '';
UPDATE event_mentions SET type = NULL WHERE type = '';
