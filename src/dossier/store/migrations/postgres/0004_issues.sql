-- The issue board: quotations with their speakers, positions (stances on issues), and which issues each
-- sentence concerns. (SQLite's 0004 also empties the analysis of older stores.)

-- The tone of each sentence (VADER compound score, -1 hostile .. +1 favourable), for outlet comparison.
ALTER TABLE sentences ADD COLUMN tone DOUBLE PRECISION;

-- The issues of the pack the analysis was made with (labels, keywords, anchor actors).
CREATE TABLE issues (
    id TEXT COLLATE "C" PRIMARY KEY,
    rowid BIGSERIAL NOT NULL UNIQUE,     -- the pack's order, as SQLite's rowid
    label TEXT COLLATE "C" NOT NULL,
    keywords TEXT COLLATE "C" NOT NULL,  -- JSON list
    anchors TEXT COLLATE "C" NOT NULL    -- JSON list of actor ids
);

CREATE TABLE sentence_issues (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    issue_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, sentence, issue_id)
);
CREATE INDEX sentence_issues_issue ON sentence_issues (issue_id);

CREATE TABLE quotes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    sentence INTEGER NOT NULL,           -- where the quotation starts
    start INTEGER NOT NULL,              -- offsets of the quoted words in articles.text
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,      -- direct | reported
    speaker TEXT COLLATE "C",            -- entity id; NULL when no speaker is clear
    cue TEXT COLLATE "C",                -- the words attributing it: "said", "according to"
    issues TEXT COLLATE "C" NOT NULL,    -- JSON list of issue ids
    PRIMARY KEY (article_id, n)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE positions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    actor TEXT COLLATE "C" NOT NULL,     -- entity id
    issue_id TEXT COLLATE "C" NOT NULL,
    stance TEXT COLLATE "C" NOT NULL,    -- demand | offer | accept | reject | condition | support | states
    negated INTEGER NOT NULL,            -- 1: "did not demand"
    cue TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,              -- offsets of the cue in articles.text
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);
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
