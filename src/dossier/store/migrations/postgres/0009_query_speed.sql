-- Queries that do not grow with the store (issue 18).
-- The store's version: every write transaction adds one to `n` as it commits, so what a reader computed from the
-- whole store (counts, the outlets compared, the issue board, the network) can be kept until the next write.
-- `epoch` tells this store from another one at the same place (a database dropped and built again).
CREATE TABLE store_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    epoch TEXT COLLATE "C" NOT NULL,
    n BIGINT NOT NULL
);
INSERT INTO store_version (id, epoch, n) VALUES (1, md5(random()::text || clock_timestamp()::text), 0);
-- An index for each filter and each order the query layer pages by.
CREATE INDEX articles_order ON articles ((published IS NULL), published, source_path);
CREATE INDEX events_order ON events ((date IS NULL), date, id);
CREATE INDEX events_latest ON events (date DESC, sources DESC, id) WHERE date IS NOT NULL;
CREATE INDEX events_modality ON events (modality);
CREATE INDEX events_conflicted ON events (has_conflict) WHERE has_conflict <> 0;
CREATE INDEX entities_rank ON entities (mentions DESC, name);
CREATE INDEX quotes_kind ON quotes (kind);
CREATE INDEX articles_outlet_nocase ON articles (lower(outlet));
