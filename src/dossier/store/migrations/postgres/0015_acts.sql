-- Acts PLOVER does not type (an appointment, an inauguration, a resignation told as leaving a post, a seizure of
-- power: lexicon/acts.yaml): such an event and its mentions have no PLOVER type and name the act in `kind`.
-- `type` stays NOT NULL (SQLite cannot relax a constraint without rebuilding its tables): it holds '' for
-- them, and the store reads '' back as no type (None; the export's "type": null). Typed rows have kind NULL.
ALTER TABLE events ADD COLUMN kind TEXT COLLATE "C";
ALTER TABLE event_mentions ADD COLUMN kind TEXT COLLATE "C";
