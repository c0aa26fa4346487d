-- PostgreSQL's version of the SQLite migration with the same number.
-- Queries that do not grow with the store (issue 18): what the outlets compared and the conflicts list read.
-- Per event, the one outlet all of its sources are articles of (NULL: several outlets, or no source), kept by the
-- events' writer (store/events.py) as it writes each event; per outlet, how many dated events reported as having
-- happened only it reports (`exclusive`, kept with its other counts by store/outlets.py's OutletCounts). The
-- outlets compared then read each outlet's first exclusive events from an index and their count from one row,
-- not every event's evidence grouped by outlet; the conflicts are listed in date order from an index of the
-- disputed events, not sorted whole for each page.
ALTER TABLE events ADD COLUMN outlet TEXT COLLATE "C";
ALTER TABLE outlet_counts ADD COLUMN exclusive INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_exclusive ON events (outlet, date, id)
    WHERE outlet IS NOT NULL AND date IS NOT NULL AND modality = 'asserted';
CREATE INDEX events_conflict_order ON events ((date IS NULL), date, id) WHERE has_conflict <> 0;

UPDATE events SET outlet = (
    SELECT CASE WHEN count(DISTINCT coalesce(a.outlet, '(outlet unknown)')) = 1
                THEN min(coalesce(a.outlet, '(outlet unknown)')) END
    FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id);
UPDATE outlet_counts SET exclusive = (
    SELECT count(*) FROM events e
    WHERE e.outlet = outlet_counts.outlet AND e.date IS NOT NULL AND e.modality = 'asserted');
