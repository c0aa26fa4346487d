-- Analysis results: sentences, actor mentions and the entities they resolve to.

-- 0 while an article waits for analysis; 1 once its sentences and mentions are stored.
ALTER TABLE articles ADD COLUMN analysed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_pending ON articles (analysed, rowid);

-- Settings the derived tables depend on (the domain pack they were built with).
CREATE TABLE meta (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE sentences (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,                -- position in the article, from 0
    start INTEGER NOT NULL,              -- character offsets in articles.text
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
    id TEXT COLLATE "C" PRIMARY KEY,     -- the pack id, or a slug of the first name seen
    rowid BIGSERIAL NOT NULL UNIQUE,     -- the order entities became known, as SQLite's rowid
    name TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,      -- PERSON | STATE | ORG | PLACE | FACILITY | GROUP
    pack_id TEXT COLLATE "C",            -- the pack actor it is, if any
    wikidata TEXT COLLATE "C",
    denotes TEXT COLLATE "C",            -- entity it stands for when it acts: the Kremlin -> russia
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    state TEXT COLLATE "C" NOT NULL DEFAULT '{}'  -- resolver bookkeeping (type votes, name forms), JSON
);
CREATE INDEX entities_type ON entities (type);

CREATE TABLE entity_aliases (
    entity_id TEXT COLLATE "C" NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias TEXT COLLATE "C" NOT NULL,     -- a surface form as written
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases (lower(alias));  -- SQLite: alias COLLATE NOCASE

CREATE TABLE mentions (
    id BIGSERIAL PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,              -- character offsets in articles.text
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,      -- as written: "President Al-Shara"
    name TEXT COLLATE "C" NOT NULL,      -- the name itself: "Al-Shara"
    type TEXT COLLATE "C" NOT NULL,      -- the type this mention suggested
    entity_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_id, sentence);
