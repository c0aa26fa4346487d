-- Events: event mentions (evidence) from each article, merged across sources, and their conflicts.
-- (SQLite's 0003 also empties the analysis of older stores; a PostgreSQL store never had one.)

-- How each article is placed in time: its own date, or one inferred from what it and other sources say.
CREATE TABLE anchors (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    date TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL       -- published | from_event | lower_bound
);

CREATE TABLE events (
    id TEXT COLLATE "C" PRIMARY KEY,
    rowid BIGSERIAL NOT NULL UNIQUE,     -- the order events were made, as SQLite's rowid
    type TEXT COLLATE "C" NOT NULL,      -- PLOVER type
    mode TEXT COLLATE "C",
    modality TEXT COLLATE "C" NOT NULL,  -- asserted | negated | future | hypothetical
    date TEXT COLLATE "C",               -- ISO at its precision
    date_precision TEXT COLLATE "C",     -- day | month | year
    location TEXT COLLATE "C",           -- entity id
    summary TEXT COLLATE "C" NOT NULL,
    sources INTEGER NOT NULL,            -- evidence mentions
    articles INTEGER NOT NULL,           -- distinct articles
    has_conflict INTEGER NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);

-- Who takes part in an event, for filters: role is actor | target | location.
CREATE TABLE event_entities (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id TEXT COLLATE "C" NOT NULL,
    role TEXT COLLATE "C" NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, entity_id)
);
CREATE INDEX event_entities_entity ON event_entities (entity_id);

CREATE TABLE event_mentions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- position among the article's event mentions
    sentence INTEGER NOT NULL,
    trigger TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,              -- trigger offsets in articles.text
    "end" INTEGER NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    mode TEXT COLLATE "C",
    modality TEXT COLLATE "C" NOT NULL,
    location TEXT COLLATE "C",
    time TEXT COLLATE "C",               -- the time expression, parsed (JSON), or NULL
    date TEXT COLLATE "C",               -- where the time falls, ISO at its precision
    date_origin TEXT COLLATE "C" NOT NULL,  -- stated | year_from_sources | inherited | '' (undated)
    month_day TEXT COLLATE "C",          -- a year-less stated date: MM-DD or MM
    event_id TEXT COLLATE "C" NOT NULL,
    issues TEXT COLLATE "C" NOT NULL,    -- JSON list of issue ids the sentence concerns
    lemma TEXT COLLATE "C" NOT NULL,     -- the trigger's lemma
    tense TEXT COLLATE "C" NOT NULL,     -- past | present | perfect
    time_ref INTEGER,                    -- n of the mention whose event dates this one ("during the visit")
    first_claim INTEGER NOT NULL,        -- 1 when the sentence calls it the first of its kind
    PRIMARY KEY (article_id, n)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE TABLE event_mention_parties (
    article_id TEXT COLLATE "C" NOT NULL,
    n INTEGER NOT NULL,
    role TEXT COLLATE "C" NOT NULL,      -- actor | target
    position INTEGER NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, n, role, position),
    FOREIGN KEY (article_id, n) REFERENCES event_mentions (article_id, n) ON DELETE CASCADE
);
CREATE INDEX event_mention_parties_entity ON event_mention_parties (entity_id);

CREATE TABLE conflicts (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    field TEXT COLLATE "C" NOT NULL,     -- date | participants:actors | participants:targets | location
    "values" TEXT COLLATE "C" NOT NULL,  -- JSON: [[value, [article ids]], ...]
    PRIMARY KEY (event_id, field)
);

CREATE TABLE event_issues (
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    issue_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, issue_id)
);
CREATE INDEX event_issues_issue ON event_issues (issue_id);
