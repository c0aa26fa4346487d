-- Who goes with a party of an event mention, as its sentence names them ("X and his family": ["family"]; the
-- nouns of lexicon/once.yaml companions): a JSON list written by extraction (EventMention.companions) and read by
-- resolve/events/conflicts.py, which compares sources naming X with them and X alone. Until this migration the
-- words rode in the mention's trigger text; rows stored before it are not filled in (their list is empty until
-- their articles are analysed again).
ALTER TABLE event_mentions ADD COLUMN companions TEXT NOT NULL DEFAULT '[]';
