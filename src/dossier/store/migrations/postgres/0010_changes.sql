-- The change log: what each analysis run changed in the dossier, with the article (and sentence) it came from.
-- PostgreSQL's version of the SQLite migration with the same number.
CREATE TABLE changes (
    id BIGSERIAL PRIMARY KEY,
    at TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    event_id TEXT COLLATE "C",
    entity_id TEXT COLLATE "C",
    issue_id TEXT COLLATE "C",
    article_id TEXT COLLATE "C",
    sentence INTEGER,
    actors TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    issues TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    detail TEXT COLLATE "C" NOT NULL DEFAULT '{}'
);
CREATE INDEX changes_at ON changes (at);
CREATE INDEX changes_kind ON changes (kind, id);
