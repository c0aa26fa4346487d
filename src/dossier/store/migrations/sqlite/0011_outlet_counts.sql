-- The outlets compared, kept as the store is written (issue 18): per outlet its articles (their words, those undated) and sentences, the
-- sentences it tags with each issue, and per actor the sentences naming it and their tone. The store's writers
-- (store/outlets.py's OutletCounts) add each article's share in the article's transaction, and move an actor's
-- share when resolution merges it into another, so that comparing outlets reads a few hundred rows, not every
-- mention of the store. An article of no known outlet counts under '(outlet unknown)'.
CREATE TABLE outlet_counts (
    outlet TEXT PRIMARY KEY,
    articles INTEGER NOT NULL DEFAULT 0,
    words BIGINT NOT NULL DEFAULT 0,     -- the articles' words, summed
    undated INTEGER NOT NULL DEFAULT 0,  -- articles with no publication date
    sentences INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE outlet_issue_sentences (
    outlet TEXT NOT NULL,
    issue_id TEXT NOT NULL,
    sentences INTEGER NOT NULL,          -- rows of sentence_issues of the outlet's articles
    PRIMARY KEY (outlet, issue_id)
) WITHOUT ROWID;
CREATE TABLE outlet_actor_sentences (
    outlet TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    sentences INTEGER NOT NULL,          -- distinct sentences of the outlet's articles that mention the actor
    toned_sentences INTEGER NOT NULL,    -- the same, those with a tone
    tone_sum REAL NOT NULL,              -- the tone of the sentence of each mention (one per mention), summed
    toned_mentions INTEGER NOT NULL,     -- how many mentions that sum adds
    PRIMARY KEY (outlet, entity_id)
) WITHOUT ROWID;
CREATE INDEX outlet_actor_sentences_entity ON outlet_actor_sentences (entity_id);

INSERT INTO outlet_counts (outlet, articles, words, undated, sentences)
SELECT coalesce(a.outlet, '(outlet unknown)'), count(DISTINCT a.id), coalesce(sum(a.word_count), 0),
       count(*) FILTER (WHERE a.published IS NULL), coalesce(sum(s.n), 0)
FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM sentences GROUP BY article_id) s
ON s.article_id = a.id GROUP BY 1;
INSERT INTO outlet_issue_sentences (outlet, issue_id, sentences)
SELECT coalesce(a.outlet, '(outlet unknown)'), i.issue_id, count(*)
FROM sentence_issues i JOIN articles a ON a.id = i.article_id GROUP BY 1, 2;
INSERT INTO outlet_actor_sentences (outlet, entity_id, sentences, toned_sentences, tone_sum, toned_mentions)
SELECT coalesce(a.outlet, '(outlet unknown)'), m.entity_id, count(DISTINCT m.article_id || ':' || m.sentence),
       count(DISTINCT CASE WHEN s.tone IS NOT NULL THEN m.article_id || ':' || m.sentence END),
       coalesce(sum(s.tone), 0), count(s.tone)
FROM mentions m JOIN articles a ON a.id = m.article_id
LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence GROUP BY 1, 2;
