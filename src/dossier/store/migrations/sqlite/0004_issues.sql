-- The issue board: quotations with their speakers, positions (stances on issues), and which issues each
-- sentence concerns. Analysis is rebuilt by the next `dossier analyse`.

DELETE FROM conflicts;
DELETE FROM event_issues;
DELETE FROM event_entities;
DELETE FROM events;
DELETE FROM event_mention_parties;
DELETE FROM event_mentions;
DELETE FROM anchors;
DELETE FROM mentions;
DELETE FROM entity_aliases;
DELETE FROM entities;
DELETE FROM sentences;
DELETE FROM meta;
UPDATE articles SET analysed = 0;


-- The tone of each sentence (VADER compound score, -1 hostile .. +1 favourable), for outlet comparison.
ALTER TABLE sentences ADD COLUMN tone REAL;

-- The issues of the pack the analysis was made with (labels, keywords, anchor actors).
CREATE TABLE issues (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    keywords TEXT NOT NULL,              -- JSON list
    anchors TEXT NOT NULL                -- JSON list of actor ids
);

CREATE TABLE sentence_issues (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    issue_id TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence, issue_id)
) WITHOUT ROWID;
CREATE INDEX sentence_issues_issue ON sentence_issues (issue_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    sentence INTEGER NOT NULL,           -- where the quotation starts
    start INTEGER NOT NULL,              -- offsets of the quoted words in articles.text
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,                  -- direct | reported
    speaker TEXT,                        -- entity id; NULL when no speaker is clear
    cue TEXT,                            -- the words attributing it: "said", "according to"
    issues TEXT NOT NULL,                -- JSON list of issue ids
    PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE positions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    actor TEXT NOT NULL,                 -- entity id
    issue_id TEXT NOT NULL,
    stance TEXT NOT NULL,                -- demand | offer | accept | reject | condition | support | states
    negated INTEGER NOT NULL,            -- 1: "did not demand"
    cue TEXT NOT NULL,
    start INTEGER NOT NULL,              -- offsets of the cue in articles.text
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE INDEX positions_issue ON positions (issue_id, actor);
CREATE INDEX positions_actor ON positions (actor);

-- When each stance was stated: the date of an event reported in the same sentence, else the article's
-- own day when known (published, or inferred exactly from other sources). Computed when read, so it
-- follows the dates as later sources refine them.
CREATE VIEW dated_positions AS
SELECT p.*, COALESCE(
    (SELECT m.date FROM event_mentions m WHERE m.article_id = p.article_id AND m.sentence = p.sentence
        AND m.date IS NOT NULL AND m.modality = 'asserted' ORDER BY m.n LIMIT 1),
    (SELECT a.date FROM anchors a WHERE a.article_id = p.article_id AND a.kind IN ('published', 'from_event'))
) AS date
FROM positions p;
