-- Why an article's analysis covers less than its text (over-long, or stopped by the time budget): the article is
-- stored and analysed as far as it went, with this note, rather than lost.
ALTER TABLE articles ADD COLUMN analysis_note TEXT;
