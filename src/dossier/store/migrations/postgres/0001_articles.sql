-- Articles as read, with where each metadata field came from, and their full-text search column.
-- PostgreSQL's version of the SQLite migration with the same number. Every text column is COLLATE "C":
-- comparisons and ORDER BY are then bytewise, as in SQLite, whatever the database's own locale.

-- Words as FTS5's unicode61 tokenizer sees them: no stemming, no stop words, diacritics folded when the
-- unaccent extension can be had (it ships with PostgreSQL; a database owner may create it).
CREATE TEXT SEARCH CONFIGURATION dossier (COPY = simple);
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
    ALTER TEXT SEARCH CONFIGURATION dossier ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'unaccent is not available: search will not fold diacritics (%)', SQLERRM;
END
$$;

CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,     -- hash of the normalised text
    rowid BIGSERIAL NOT NULL UNIQUE,     -- store order, as SQLite's rowid
    title TEXT COLLATE "C",
    title_origin TEXT COLLATE "C" NOT NULL,  -- metadata | text | unknown
    outlet TEXT COLLATE "C",
    outlet_origin TEXT COLLATE "C" NOT NULL,
    url TEXT COLLATE "C",
    url_origin TEXT COLLATE "C" NOT NULL,
    published TEXT COLLATE "C",          -- ISO date at its precision: 2025, 2025-07, 2025-07-31
    published_precision TEXT COLLATE "C",  -- day | month | year
    published_origin TEXT COLLATE "C" NOT NULL,
    published_as_stated TEXT COLLATE "C",  -- the words the date was read from
    source_path TEXT COLLATE "C" NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    word_count INTEGER NOT NULL,
    ingested_at TEXT COLLATE "C" NOT NULL,
    -- The title weighs A, the text B. A tsvector holds at most 1 MB and positions up to 16383, so the
    -- index covers the first 200,000 characters of the text (~30,000 words; articles are far shorter).
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dossier', coalesce(title, '')), 'A')
        || setweight(to_tsvector('dossier', left(text, 200000)), 'B')
    ) STORED
);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_search ON articles USING gin (search);
