-- PostgreSQL's version of the SQLite migration with the same number.
-- Queries that do not grow with the store (issue 18): what the outlets compared and the conflicts list read.
-- Per event, the one outlet all of its sources are articles of (NULL: several outlets, or no source), kept by the
-- events' writer (store/events.py) as it writes each event; per outlet, how many dated events reported as having
-- happened only it reports (`exclusive`, kept with its other counts by store/outlets.py's OutletCounts). The
-- outlets compared then read each outlet's first exclusive events from an index and their count from one row,
-- not every event's evidence grouped by outlet; the conflicts are listed in date order from an index of the
-- disputed events, not sorted whole for each page.
ALTER TABLE events ADD COLUMN outlet TEXT COLLATE "C";
ALTER TABLE outlet_counts ADD COLUMN exclusive INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_exclusive ON events (outlet, date, id)
    WHERE outlet IS NOT NULL AND date IS NOT NULL AND modality = 'asserted';
CREATE INDEX events_conflict_order ON events ((date IS NULL), date, id) WHERE has_conflict <> 0;

UPDATE events SET outlet = (
    SELECT CASE WHEN count(DISTINCT coalesce(a.outlet, '(outlet unknown)')) = 1
                THEN min(coalesce(a.outlet, '(outlet unknown)')) END
    FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id);
UPDATE outlet_counts SET exclusive = (
    SELECT count(*) FROM events e
    WHERE e.outlet = outlet_counts.outlet AND e.date IS NOT NULL AND e.modality = 'asserted');

-- Quotations listed in their order (the article's publication date, undated last, then store order) from an
-- index, a page at a time: each keeps its article's date and place in store order (neither changes once the
-- article is stored), and its issues in a table of their own, indexed in the same order.
ALTER TABLE quotes ADD COLUMN published TEXT COLLATE "C";
ALTER TABLE quotes ADD COLUMN article_rowid BIGINT;
UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id),
                  article_rowid = (SELECT a.rowid FROM articles a WHERE a.id = quotes.article_id);
CREATE INDEX quotes_order ON quotes ((published IS NULL), published, article_rowid, n);
CREATE INDEX quotes_speaker_order ON quotes (speaker, (published IS NULL), published, article_rowid, n);
CREATE TABLE quote_issues (
    issue_id TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- the quotation (quotes.article_id, quotes.n)
    undated INTEGER NOT NULL,            -- 1: its article has no publication date
    published TEXT COLLATE "C",
    article_rowid BIGINT NOT NULL,
    PRIMARY KEY (issue_id, article_id, n)
);
CREATE INDEX quote_issues_order ON quote_issues (issue_id, undated, published, article_rowid, n);
CREATE INDEX quote_issues_article ON quote_issues (article_id);
INSERT INTO quote_issues (issue_id, article_id, n, undated, published, article_rowid)
SELECT DISTINCT j.value, q.article_id, q.n, CASE WHEN q.published IS NULL THEN 1 ELSE 0 END, q.published, q.article_rowid
FROM quotes q, jsonb_array_elements_text(q.issues::jsonb) j;

-- Per actor, the sentences naming it summed over the outlets (what outlet_actor_sentences holds per outlet), kept
-- with it by OutletCounts: the outlets compared pick the main actors from an index of this table, and each
-- outlet's top actors from an index of its own rows, not a pass over every (outlet, actor) row.
CREATE TABLE actor_sentences (
    entity_id TEXT COLLATE "C" PRIMARY KEY,
    sentences INTEGER NOT NULL
);
CREATE INDEX actor_sentences_rank ON actor_sentences (sentences DESC, entity_id);
CREATE INDEX outlet_actor_sentences_rank ON outlet_actor_sentences (outlet, sentences DESC, entity_id);
INSERT INTO actor_sentences (entity_id, sentences)
SELECT entity_id, sum(sentences) FROM outlet_actor_sentences GROUP BY entity_id HAVING sum(sentences) <> 0;

-- Each position keeps its date (what the view dated_positions computed on every read: the first dated asserted
-- event mention of its sentence, else its article's anchor) and its article's place in store order. The
-- writers set the date as the position is written (store/issues.py) and again whenever the article's evidence
-- or anchor is written (store/events.py, save_evidence), so it always equals the view's; positions are then
-- listed from an index in date order (all, an issue's, an actor's) a page at a time, and the issue board reads
-- plain columns. dated_positions stays, as the positions themselves (for readers of the store's tables).
ALTER TABLE positions ADD COLUMN date TEXT COLLATE "C";
ALTER TABLE positions ADD COLUMN article_rowid BIGINT;
UPDATE positions SET date = COALESCE(
    (SELECT m.date FROM event_mentions m WHERE m.article_id = positions.article_id
        AND m.sentence = positions.sentence AND m.date IS NOT NULL AND m.modality = 'asserted' ORDER BY m.n LIMIT 1),
    (SELECT a.date FROM anchors a WHERE a.article_id = positions.article_id AND a.kind IN ('published', 'from_event'))),
    article_rowid = (SELECT a.rowid FROM articles a WHERE a.id = positions.article_id);
DROP VIEW dated_positions;
CREATE VIEW dated_positions AS SELECT * FROM positions;
CREATE INDEX positions_order ON positions ((date IS NULL), date, article_rowid, n);
CREATE INDEX positions_issue_order ON positions (issue_id, (date IS NULL), date, article_rowid, n);
CREATE INDEX positions_actor_order ON positions (actor, (date IS NULL), date, article_rowid, n);

-- The issue board, per issue and actor: how many positions, the first in date order (undated last, then store
-- order: the order the board lists actors in), the last one's stance and date (the actor's latest stance), and
-- the latest date of any. The writers recompute the pairs an article's positions touch, as the transaction
-- commits (store/outlets.py's commit_counts, from an index of the pair's positions), so the board reads a row
-- per actor of each issue, not every position ordered.
CREATE INDEX positions_pair_order ON positions (issue_id, actor, (date IS NULL), date, article_rowid, n);
CREATE TABLE issue_actors (
    issue_id TEXT COLLATE "C" NOT NULL,
    actor TEXT COLLATE "C" NOT NULL,
    positions INTEGER NOT NULL,
    first_undated INTEGER NOT NULL,      -- the first position in date order: 1 when undated
    first_date TEXT COLLATE "C",
    first_rowid BIGINT NOT NULL,
    first_n INTEGER NOT NULL,
    stance TEXT COLLATE "C" NOT NULL,              -- the last position in date order: its stance, negation and date
    negated INTEGER NOT NULL,
    date TEXT COLLATE "C",
    latest TEXT COLLATE "C",                       -- the latest date of its positions
    PRIMARY KEY (issue_id, actor)
);
CREATE INDEX issue_actors_order ON issue_actors (issue_id, first_undated, first_date, first_rowid, first_n);
WITH o AS (SELECT p.issue_id, p.actor, p.stance, p.negated, p.date, p.article_rowid, p.n,
                  row_number() OVER (PARTITION BY p.issue_id, p.actor
                                     ORDER BY p.date IS NULL, p.date, p.article_rowid, p.n) AS up,
                  row_number() OVER (PARTITION BY p.issue_id, p.actor
                                     ORDER BY p.date IS NULL DESC, p.date DESC, p.article_rowid DESC, p.n DESC) AS down,
                  count(*) OVER (PARTITION BY p.issue_id, p.actor) AS total,
                  max(p.date) OVER (PARTITION BY p.issue_id, p.actor) AS latest
           FROM positions p)
INSERT INTO issue_actors (issue_id, actor, positions, first_undated, first_date, first_rowid, first_n, stance, negated,
                          date, latest)
SELECT f.issue_id, f.actor, f.total, CASE WHEN f.date IS NULL THEN 1 ELSE 0 END, f.date, f.article_rowid, f.n,
       l.stance, l.negated, l.date, f.latest
FROM o f JOIN o l ON l.issue_id = f.issue_id AND l.actor = f.actor AND l.down = 1 WHERE f.up = 1;
