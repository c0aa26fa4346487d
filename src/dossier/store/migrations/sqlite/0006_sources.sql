-- What `dossier watch` remembers of the sources it follows, so that each poll reads only what is new:
-- per source its validators (ETag, Last-Modified) and health, the feed entries and listed addresses
-- already read, and the fingerprint of every file read from a watched folder.
CREATE TABLE watch_sources (
    source TEXT PRIMARY KEY,             -- the feed's address, the folder's or the list's path, as given
    kind TEXT NOT NULL,                  -- feed | folder | urls
    etag TEXT,                           -- the feed's validators, sent back in a conditional GET
    last_modified TEXT,
    polled_at TEXT,                      -- the last poll that reached the source (UTC, ISO)
    failures INTEGER NOT NULL DEFAULT 0, -- polls failed in a row
    last_error TEXT                      -- the one-line reason of the last failure
);

-- Each feed entry (its id, else its link) or listed address met in a source.
CREATE TABLE watch_entries (
    source TEXT NOT NULL,
    entry TEXT NOT NULL,
    status TEXT NOT NULL,                -- stored | rejected | failed (failed is tried again)
    article_id TEXT,                     -- the article it became (stored)
    reason TEXT,                         -- why it was rejected or failed
    attempts INTEGER NOT NULL DEFAULT 1,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, entry)
) WITHOUT ROWID;

-- Files read from watched folders: a file is read again only when its size or time changed and its
-- contents did too.
CREATE TABLE watch_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    seen_at TEXT NOT NULL
) WITHOUT ROWID;
