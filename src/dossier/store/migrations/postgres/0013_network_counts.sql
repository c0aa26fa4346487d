-- PostgreSQL's version of the SQLite migration with the same number.
-- The network and an actor's events per month, kept at write time (issue 18): what views.network and
-- views.event_months computed on every read from every event's participants (a self-join over all of them, or
-- every event of the actor grouped by month). Only events reported as having happened or planned (modality
-- 'asserted' or 'future', what the network and the timeline show by default) count; the events' writer
-- (store/events.py) takes each written event's share as a difference (its participants after the write less
-- before), and merges of actors the same way, through store/outlets.py's commit-time pass, rows in key order.
-- Per actor (role actor or target): how many such events it takes part in.
CREATE TABLE network_nodes (
    entity_id TEXT COLLATE "C" PRIMARY KEY,
    events INTEGER NOT NULL
);
CREATE INDEX network_nodes_rank ON network_nodes (events DESC, entity_id);
-- Per pair of actors (a < b, roles actor or target): how many such events both take part in.
CREATE TABLE network_pairs (
    a TEXT COLLATE "C" NOT NULL,
    b TEXT COLLATE "C" NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX network_pairs_b ON network_pairs (b, a);
-- Per actor (any role) and month of the event's date ('YYYY-MM'; '' for events dated only to a year): how many
-- such dated events it takes part in.
CREATE TABLE actor_months (
    entity_id TEXT COLLATE "C" NOT NULL,
    month TEXT COLLATE "C" NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (entity_id, month)
);

INSERT INTO network_nodes (entity_id, events)
SELECT ee.entity_id, count(DISTINCT ee.event_id) FROM event_entities ee JOIN events e ON e.id = ee.event_id
WHERE ee.role IN ('actor', 'target') AND e.modality IN ('asserted', 'future') GROUP BY ee.entity_id;
WITH p AS (SELECT DISTINCT ee.event_id, ee.entity_id FROM event_entities ee JOIN events e ON e.id = ee.event_id
           WHERE ee.role IN ('actor', 'target') AND e.modality IN ('asserted', 'future'))
INSERT INTO network_pairs (a, b, events)
SELECT x.entity_id, y.entity_id, count(*) FROM p x JOIN p y ON x.event_id = y.event_id AND x.entity_id < y.entity_id
GROUP BY 1, 2;
INSERT INTO actor_months (entity_id, month, events)
SELECT ee.entity_id, CASE WHEN e.date_precision = 'year' THEN '' ELSE substr(e.date, 1, 7) END, count(DISTINCT e.id)
FROM event_entities ee JOIN events e ON e.id = ee.event_id
WHERE e.date IS NOT NULL AND e.modality IN ('asserted', 'future') GROUP BY 1, 2;

-- Per actor, the actors named in the same sentences (an actor's neighbours): how many sentences name both, kept by
-- the mentions' writer (store/actors.py) the same way, per article written and per merge of actors; an actor's
-- page reads its first neighbours from an index, not every sentence naming it joined with the others' mentions.
CREATE TABLE actor_neighbours (
    entity_id TEXT COLLATE "C" NOT NULL,
    other TEXT COLLATE "C" NOT NULL,
    sentences INTEGER NOT NULL,
    PRIMARY KEY (entity_id, other)
);
CREATE INDEX actor_neighbours_rank ON actor_neighbours (entity_id, sentences DESC, other DESC);
INSERT INTO actor_neighbours (entity_id, other, sentences)
SELECT m.entity_id, o.entity_id, count(DISTINCT m.article_id || ':' || m.sentence) FROM mentions m
JOIN mentions o ON o.article_id = m.article_id AND o.sentence = m.sentence AND o.entity_id <> m.entity_id
WHERE m.entity_id IS NOT NULL GROUP BY 1, 2;

-- An actor's sentences listed in their order (the article's publication date, undated last, then store order, then
-- place in the article) from an index, a page at a time: each mention keeps its article's date and place in store
-- order (neither changes once the article is stored), written with it (store/actors.py).
ALTER TABLE mentions ADD COLUMN published TEXT COLLATE "C";
ALTER TABLE mentions ADD COLUMN article_rowid BIGINT;
UPDATE mentions SET published = (SELECT a.published FROM articles a WHERE a.id = mentions.article_id),
                    article_rowid = (SELECT a.rowid FROM articles a WHERE a.id = mentions.article_id);
CREATE INDEX mentions_entity_order ON mentions (entity_id, (published IS NULL), published, article_rowid, start);

-- Per issue, its tagged sentences, the articles they are in, and the events tagged with it (kind 'sentences',
-- 'articles', 'events'), kept by the writers of the issue tags (store/outlets.py's OutletCounts, per article) and
-- of the events (store/events.py, per event written) as differences: the issue board reads a few rows per issue,
-- not every tagged sentence and event grouped.
CREATE TABLE issue_counts (
    issue_id TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (issue_id, kind)
);
INSERT INTO issue_counts (issue_id, kind, n) SELECT issue_id, 'sentences', count(*) FROM sentence_issues GROUP BY 1;
INSERT INTO issue_counts (issue_id, kind, n)
SELECT issue_id, 'articles', count(DISTINCT article_id) FROM sentence_issues GROUP BY 1;
INSERT INTO issue_counts (issue_id, kind, n) SELECT issue_id, 'events', count(*) FROM event_issues GROUP BY 1;
