-- Articles as read, with where each metadata field came from, and their full-text index.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,                 -- hash of the normalised text
    title TEXT,
    title_origin TEXT NOT NULL,          -- metadata | text | unknown
    outlet TEXT,
    outlet_origin TEXT NOT NULL,
    url TEXT,
    url_origin TEXT NOT NULL,
    published TEXT,                      -- ISO date at its precision: 2025, 2025-07, 2025-07-31
    published_precision TEXT,            -- day | month | year
    published_origin TEXT NOT NULL,
    published_as_stated TEXT,            -- the words the date was read from
    source_path TEXT NOT NULL,
    text TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
