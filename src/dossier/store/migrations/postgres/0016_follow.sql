-- What resolution knows of each article and mention and needs again when a later ingest resumes from the store
-- (following a story: an ingest in batches gives what one ingest of everything gives). Until this migration they
-- were held in memory only, so a later run read them back as absent:
-- a mention told in the past perfect ("had urged": EventMention.earlier, dating.inherit_peg), its ordinal ("the
-- second visit": EventMention.ordinal, dating.year_after), whether it went along to a gathering told by another
-- mention (EventMention.joins), the occasion it names as its time ("during the visit": EventMention.occasion, JSON
-- with the entities named inside the phrase, dating.date_by_occasion); and per article the first time it states
-- (`leads`: dates.lead_bound and dating.lead_day), a parsed time expression (JSON, as event_mentions.time). Rows stored before this migration
-- are not filled in (they read as before until their articles are analysed again).
ALTER TABLE event_mentions ADD COLUMN earlier INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_mentions ADD COLUMN ordinal INTEGER;
ALTER TABLE event_mentions ADD COLUMN joins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_mentions ADD COLUMN occasion TEXT COLLATE "C";
CREATE TABLE leads (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    time TEXT COLLATE "C" NOT NULL
);
