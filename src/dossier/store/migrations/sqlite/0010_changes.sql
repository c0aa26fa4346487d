-- The change log: what each analysis run changed in the dossier, with the article (and sentence) it came from.
-- Rows are only ever added (in the batch's transaction); `dossier changes`, the Atom feed and the web's
-- "What's new" read them, newest first.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,              -- in the order recorded
    at TEXT NOT NULL,                    -- when it was recorded (UTC, ISO 8601)
    kind TEXT NOT NULL,                  -- event | source | date | conflict | resolved | stance | actor
    event_id TEXT,                       -- the event it is about (event, source, date, conflict, resolved)
    entity_id TEXT,                      -- the actor it is about (stance, actor)
    issue_id TEXT,                       -- the issue (stance)
    article_id TEXT,                     -- the article it came from
    sentence INTEGER,                    -- the sentence of that article that states it, where one does
    actors TEXT NOT NULL DEFAULT '[]',   -- JSON list of the actors concerned (what --actor filters on)
    issues TEXT NOT NULL DEFAULT '[]',   -- JSON list of the issues concerned (what --issue filters on)
    detail TEXT NOT NULL DEFAULT '{}'    -- JSON: what changed (dates before and after, conflict values, stances)
);
CREATE INDEX changes_at ON changes (at);
CREATE INDEX changes_kind ON changes (kind, id);
