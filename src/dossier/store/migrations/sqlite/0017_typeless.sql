-- An event (and an event mention) PLOVER does not type has type NULL, not '' (migration 0015 stored '' because
-- SQLite cannot relax NOT NULL in place): events and event_mentions are built again with `type` nullable, their
-- rows copied ('' becoming NULL), their indexes made again. Dropping the old tables deletes the rows that refer
-- to them (ON DELETE CASCADE: participants, conflicts, issues, mention parties): these are kept aside and put back.
-- What the store reads and exports is unchanged (a typeless event reads as no type, "type": null).
CREATE TEMP TABLE kept_event_entities AS SELECT * FROM event_entities;
CREATE TEMP TABLE kept_conflicts AS SELECT * FROM conflicts;
CREATE TEMP TABLE kept_event_issues AS SELECT * FROM event_issues;
CREATE TEMP TABLE kept_event_mention_parties AS SELECT * FROM event_mention_parties;

CREATE TABLE events_typeless (
    id TEXT PRIMARY KEY,
    type TEXT,                           -- PLOVER type; NULL for an act PLOVER does not type (see kind)
    mode TEXT,
    modality TEXT NOT NULL,              -- asserted | negated | future | hypothetical
    date TEXT,                           -- ISO at its precision
    date_precision TEXT,                 -- day | month | year
    location TEXT,                       -- entity id
    summary TEXT NOT NULL,
    sources INTEGER NOT NULL,            -- evidence mentions
    articles INTEGER NOT NULL,           -- distinct articles
    has_conflict INTEGER NOT NULL,
    outlet TEXT,                         -- the one outlet all its sources are articles of (migration 0012)
    kind TEXT                            -- the act a typeless event is (migration 0015)
);
INSERT INTO events_typeless (id, type, mode, modality, date, date_precision, location, summary, sources, articles,
                             has_conflict, outlet, kind)
SELECT id, NULLIF(type, ''), mode, modality, date, date_precision, location, summary, sources, articles, has_conflict,
       outlet, kind FROM events;
DROP TABLE events;
ALTER TABLE events_typeless RENAME TO events;
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_location ON events (location) WHERE location IS NOT NULL;
CREATE INDEX events_order ON events ((date IS NULL), date, id);
CREATE INDEX events_latest ON events (date DESC, sources DESC, id) WHERE date IS NOT NULL;
CREATE INDEX events_modality ON events (modality);
CREATE INDEX events_conflicted ON events (has_conflict) WHERE has_conflict <> 0;
CREATE INDEX events_exclusive ON events (outlet, date, id)
    WHERE outlet IS NOT NULL AND date IS NOT NULL AND modality = 'asserted';
CREATE INDEX events_conflict_order ON events ((date IS NULL), date, id) WHERE has_conflict <> 0;

CREATE TABLE event_mentions_typeless (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- position among the article's event mentions
    sentence INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    start INTEGER NOT NULL,              -- trigger offsets in articles.text
    "end" INTEGER NOT NULL,
    type TEXT,                           -- NULL for an act PLOVER does not type (see kind)
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
    companions TEXT NOT NULL DEFAULT '[]',  -- migration 0014
    kind TEXT,                           -- migration 0015
    earlier INTEGER NOT NULL DEFAULT 0,  -- migration 0016, as the three below
    ordinal INTEGER,
    joins INTEGER NOT NULL DEFAULT 0,
    occasion TEXT,
    PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
INSERT INTO event_mentions_typeless (article_id, n, sentence, trigger, start, "end", type, mode, modality, location,
                                     time, date, date_origin, month_day, event_id, issues, lemma, tense, time_ref,
                                     first_claim, companions, kind, earlier, ordinal, joins, occasion)
SELECT article_id, n, sentence, trigger, start, "end", NULLIF(type, ''), mode, modality, location, time, date,
       date_origin, month_day, event_id, issues, lemma, tense, time_ref, first_claim, companions, kind, earlier,
       ordinal, joins, occasion FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_typeless RENAME TO event_mentions;
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_location ON event_mentions (location) WHERE location IS NOT NULL;

INSERT INTO event_entities SELECT * FROM kept_event_entities;
INSERT INTO conflicts SELECT * FROM kept_conflicts;
INSERT INTO event_issues SELECT * FROM kept_event_issues;
INSERT INTO event_mention_parties SELECT * FROM kept_event_mention_parties;
DROP TABLE kept_event_entities;
DROP TABLE kept_conflicts;
DROP TABLE kept_event_issues;
DROP TABLE kept_event_mention_parties;
