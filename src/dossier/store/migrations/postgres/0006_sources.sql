-- What `dossier watch` remembers of the sources it follows, so that each poll reads only what is new.
-- PostgreSQL's version of the SQLite migration with the same number.
CREATE TABLE watch_sources (
    source TEXT COLLATE "C" PRIMARY KEY, -- the feed's address, the folder's or the list's path, as given
    kind TEXT COLLATE "C" NOT NULL,      -- feed | folder | urls
    etag TEXT COLLATE "C",               -- the feed's validators, sent back in a conditional GET
    last_modified TEXT COLLATE "C",
    polled_at TEXT COLLATE "C",          -- the last poll that reached the source (UTC, ISO)
    failures INTEGER NOT NULL DEFAULT 0, -- polls failed in a row
    last_error TEXT COLLATE "C"          -- the one-line reason of the last failure
);

-- Each feed entry (its id, else its link) or listed address met in a source.
CREATE TABLE watch_entries (
    source TEXT COLLATE "C" NOT NULL,
    entry TEXT COLLATE "C" NOT NULL,
    status TEXT COLLATE "C" NOT NULL,    -- stored | rejected | failed (failed is tried again)
    article_id TEXT COLLATE "C",         -- the article it became (stored)
    reason TEXT COLLATE "C",             -- why it was rejected or failed
    attempts INTEGER NOT NULL DEFAULT 1,
    seen_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (source, entry)
);

-- Files read from watched folders: a file is read again only when its size or time changed and its
-- contents did too.
CREATE TABLE watch_files (
    path TEXT COLLATE "C" PRIMARY KEY,
    size BIGINT NOT NULL,
    mtime_ns BIGINT NOT NULL,
    sha256 TEXT COLLATE "C" NOT NULL,
    seen_at TEXT COLLATE "C" NOT NULL
);
