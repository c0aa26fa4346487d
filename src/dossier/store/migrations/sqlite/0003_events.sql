-- Events: event mentions (evidence) from each article, merged across sources, and their conflicts.
-- Analysis results of earlier versions are dropped so the next `dossier analyse` rebuilds them all.

DELETE FROM mentions;
DELETE FROM entity_aliases;
DELETE FROM entities;
DELETE FROM sentences;
DELETE FROM meta;
UPDATE articles SET analysed = 0;

-- How each article is placed in time: its own date, or one inferred from what it and other sources say.
CREATE TABLE anchors (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL                   -- published | from_event | lower_bound
) WITHOUT ROWID;

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,                  -- PLOVER type
    mode TEXT,
    modality TEXT NOT NULL,              -- asserted | negated | future | hypothetical
    date TEXT,                           -- ISO at its precision
    date_precision TEXT,                 -- day | month | year
    location TEXT,                       -- entity id
    summary TEXT NOT NULL,
    sources INTEGER NOT NULL,            -- evidence mentions
    articles INTEGER NOT NULL,           -- distinct articles
    has_conflict INTEGER NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);

-- Who takes part in an event, for filters: role is actor | target | location.
CREATE TABLE event_entities (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (event_id, role, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities (entity_id);

CREATE TABLE event_mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- position among the article's event mentions
    sentence INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    start INTEGER NOT NULL,              -- trigger offsets in articles.text
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    modality TEXT NOT NULL,
    location TEXT,
    time TEXT,                           -- the time expression, parsed (JSON), or NULL
    date TEXT,                           -- where the time falls, ISO at its precision
    date_origin TEXT NOT NULL,           -- stated | year_from_sources | inherited | '' (undated)
    month_day TEXT,                      -- a year-less stated date: MM-DD or MM
    event_id TEXT NOT NULL,
    issues TEXT NOT NULL,                -- JSON list of issue ids the sentence concerns
    lemma TEXT NOT NULL,                 -- the trigger's lemma
    tense TEXT NOT NULL,                 -- past | present | perfect
    time_ref INTEGER,                    -- n of the mention whose event dates this one ("during the visit")
    first_claim INTEGER NOT NULL,        -- 1 when the sentence calls it the first of its kind
    PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE TABLE event_mention_parties (
    article_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    role TEXT NOT NULL,                  -- actor | target
    position INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (article_id, n, role, position),
    FOREIGN KEY (article_id, n) REFERENCES event_mentions (article_id, n) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX event_mention_parties_entity ON event_mention_parties (entity_id);

CREATE TABLE conflicts (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    field TEXT NOT NULL,                 -- date | participants:actors | participants:targets | location
    "values" TEXT NOT NULL,              -- JSON: [[value, [article ids]], ...]
    PRIMARY KEY (event_id, field)
) WITHOUT ROWID;

CREATE TABLE event_issues (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    issue_id TEXT NOT NULL,
    PRIMARY KEY (event_id, issue_id)
) WITHOUT ROWID;
CREATE INDEX event_issues_issue ON event_issues (issue_id);
