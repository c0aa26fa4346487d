"""The issue board: sentences tagged with issues, quotations and their speakers, positions on issues."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from dossier.models import EntityRef, PositionInfo, PositionMention, QuoteInfo, QuoteMention
from dossier.store.cache import lagging, per_version
from dossier.store.dialect import Connection
from dossier.store.outlets import OutletCounts, commit_counts, positions_changed
from dossier.store.part import Part

# A position's date: the first dated event mention reported as having happened in its sentence, else its article's
# anchor (what migration 0012 fills positions.date with, and the view dated_positions computed before it). Set for
# one article's positions as they are written, and again whenever the article's evidence or anchor is written.
DATE_POSITIONS = (
    "UPDATE positions SET date = COALESCE((SELECT m.date FROM event_mentions m WHERE m.article_id ="
    " positions.article_id AND m.sentence = positions.sentence AND m.date IS NOT NULL AND m.modality = 'asserted'"
    " ORDER BY m.n LIMIT 1), (SELECT a.date FROM anchors a WHERE a.article_id = positions.article_id"
    " AND a.kind IN ('published', 'from_event'))) WHERE article_id = ?")


def dated_again(db: Connection, articles: list[str]) -> None:
    """These articles' evidence or anchors were written: their positions take their dates again, and the issue
    board's rows of their (issue, actor) pairs are computed again as the transaction commits."""
    db.executemany(DATE_POSITIONS, [(a,) for a in articles])
    positions_changed(db, _pairs(db, articles))


def _pairs(db: Connection, articles: list[str]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for start in range(0, len(articles), 500):
        chunk = articles[start:start + 500]
        found.update((r[0], r[1]) for r in db.execute(
            f"SELECT DISTINCT issue_id, actor FROM positions WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk))
    return found


class IssueReads(Part):
    """What the query layer asks of the issue board."""

    @per_version  # a page from an index: cheap enough to be exact at every version
    def quotes(self, *, speaker: str | None = None, issue: str | None = None, kind: str | None = None,
               article: str | None = None, limit: int | None = None, offset: int = 0) -> list[QuoteInfo]:
        """Quotations in the order of their articles' dates (undated last, then store order), filtered: walked
        from the index of that order (of the issue's quotations, of the speaker's, migration 0012) a page at a
        time, not every quotation joined and sorted."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        source, order = "quotes q", "q.published IS NULL, q.published, q.article_rowid, q.n"
        if issue:
            source = "quote_issues qi JOIN quotes q ON q.article_id = qi.article_id AND q.n = qi.n"
            order = "qi.undated, qi.published, qi.article_rowid, qi.n"
            where.append("qi.issue_id = ?")
            params.append(issue)
        if speaker:
            where.append("q.speaker = ?")
            params.append(speaker)
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        if article:
            where.append("q.article_id = ?")
            params.append(article)
        rows = self.db.execute(
            "SELECT q.*, a.outlet, a.title, a.published, s.text AS sentence_text, e.name AS speaker_name,"
            f" e.type AS speaker_type FROM {source} JOIN articles a ON a.id = q.article_id"
            " JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence"
            f" LEFT JOIN entities e ON e.id = q.speaker WHERE {' AND '.join(where)}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        return [QuoteInfo(
            r["article_id"], r["outlet"], r["title"], r["published"], r["sentence"], r["sentence_text"], r["text"],
            r["kind"], EntityRef(r["speaker"], r["speaker_name"] or r["speaker"], r["speaker_type"] or "")
            if r["speaker"] else None, r["cue"], json.loads(r["issues"]), r["start"], r["end"]) for r in rows]

    @per_version  # a page from an index in date order (migration 0012): exact at every version
    def positions(self, *, issue: str | None = None, actor: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[PositionInfo]:
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if issue:
            where.append("p.issue_id = ?")
            params.append(issue)
        if actor:
            where.append("p.actor = ?")
            params.append(actor)
        rows = self.db.execute(
            "SELECT p.*, a.outlet, s.text AS sentence_text, e.name AS actor_name, e.type AS actor_type"
            " FROM positions p JOIN articles a ON a.id = p.article_id"
            " JOIN sentences s ON s.article_id = p.article_id AND s.idx = p.sentence"
            f" LEFT JOIN entities e ON e.id = p.actor WHERE {' AND '.join(where)}"
            " ORDER BY p.date IS NULL, p.date, p.article_rowid, p.n LIMIT ? OFFSET ?",
            (*params, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        return [PositionInfo(
            EntityRef(r["actor"], r["actor_name"] or r["actor"], r["actor_type"] or ""), r["issue_id"], r["stance"],
            bool(r["negated"]), r["date"], r["article_id"], r["outlet"], r["sentence"], r["sentence_text"], r["cue"])
            for r in rows]

    @per_version
    def definitions(self) -> list[dict[str, Any]]:
        return [{"id": r[0], "label": r[1], "keywords": json.loads(r[2]), "anchors": json.loads(r[3])}
                for r in self.db.execute("SELECT id, label, keywords, anchors FROM issues ORDER BY rowid")]

    @lagging
    def overview(self, stances: int | None = None) -> list[dict[str, Any]]:
        """Every issue with its counts and, per actor, the latest stance stated (most discussed first): the first
        `stances` actors (None: all) in the order of their first position, each issue's read from the issue
        board's rows (issue_actors, migration 0012) through their index, not every position ordered."""
        counts = self.counts()
        found = []
        for issue in self.definitions():
            entry = {**issue, **counts.get(issue["id"], {"sentences": 0, "articles": 0, "positions": 0, "actors": 0,
                                                          "last_change": None, "events": 0})}
            entry["stances"] = []
            for actor, stance, negated, date, name, kind in self.db.execute(
                    "SELECT ia.actor, ia.stance, ia.negated, ia.date, e.name, e.type FROM issue_actors ia"
                    " LEFT JOIN entities e ON e.id = ia.actor WHERE ia.issue_id = ?"
                    " ORDER BY ia.first_undated, ia.first_date, ia.first_rowid, ia.first_n LIMIT ?",
                    (issue["id"], self.dialect.all_rows if stances is None else stances)):
                p = PositionInfo(EntityRef(actor, name or actor, kind or ""), issue["id"], stance, bool(negated), date,
                                 "", None, 0, "", "")
                entry["stances"].append({"actor": p.actor.id, "name": p.actor.name, "stance": p.stance,
                                         "negated": p.negated, "label": p.label, "date": p.date})
            found.append(entry)
        return sorted(found, key=lambda e: -int(e["sentences"]))

    @lagging
    def counts(self) -> dict[str, dict[str, Any]]:
        """Per issue: sentences, articles, positions, actors taking positions, last dated position."""
        found: dict[str, dict[str, Any]] = defaultdict(lambda: {"sentences": 0, "articles": 0, "positions": 0,
                                                                 "actors": 0, "last_change": None, "events": 0})
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        for issue, kind, n in self.db.execute(  # kept at write time (migration 0013): three rows per issue
                "SELECT issue_id, kind, n FROM issue_counts WHERE n <> 0"):
            found[issue][kind] = int(n)
        for issue, positions, actors, last in self.db.execute(  # a row per actor of each issue (migration 0012)
                "SELECT issue_id, sum(positions), count(*), max(latest) FROM issue_actors GROUP BY issue_id"):
            found[issue].update(positions=positions, actors=actors, last_change=last)
        return dict(found)


class Issues(IssueReads):
    """The pack's issues, and each article's issue tags, quotations and positions, as analysis writes them."""

    def save_article(self, article_id: str, sentence_issues: dict[int, tuple[str, ...]],
                        quotes: Sequence[QuoteMention], speakers: Sequence[str | None],
                        positions: Sequence[PositionMention], holders: Sequence[str]) -> None:
        """One article's issue tags, quotations and positions (inside the article's transaction); the outlet's
        counts follow (migration 0011)."""
        counts = OutletCounts(self.db)
        issues_before = counts.article_issues(article_id)
        pairs = _pairs(self.db, [article_id])  # their rows of the issue board are computed again (migration 0012)
        for table in ("sentence_issues", "quote_issues", "quotes", "positions"):
            self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        # the article's date and place in store order, on each quotation, its issues and each position (the order
        # they are listed in)
        found = self.db.execute("SELECT published, rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        published, rowid = (found[0], found[1]) if found is not None else (None, 0)
        self.db.executemany("INSERT INTO sentence_issues (article_id, sentence, issue_id) VALUES (?, ?, ?)",
                            [(article_id, s, i) for s, ids in sentence_issues.items() for i in ids])
        counts.issues_changed(article_id, issues_before)
        self.db.executemany(
            'INSERT INTO quotes (article_id, n, sentence, start, "end", text, kind, speaker, cue, issues, published,'
            " article_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, n, q.sentence, q.start, q.end, q.text, q.kind, speaker, q.cue, json.dumps(list(q.issues)),
              published, rowid) for n, (q, speaker) in enumerate(zip(quotes, speakers, strict=True))])
        self.db.executemany(
            "INSERT INTO quote_issues (issue_id, article_id, n, undated, published, article_rowid)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(issue, article_id, n, int(published is None), published, rowid)
             for n, q in enumerate(quotes) for issue in dict.fromkeys(q.issues)])
        self.db.executemany(
            'INSERT INTO positions (article_id, n, sentence, actor, issue_id, stance, negated, cue, start, "end",'
            " article_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, n, p.sentence, holder, p.issue, p.stance, int(p.negated), p.cue, p.start, p.end, rowid)
             for n, (p, holder) in enumerate(zip(positions, holders, strict=True))])
        if positions:
            self.db.execute(DATE_POSITIONS, (article_id,))
        positions_changed(self.db, pairs | {(p.issue, holder) for p, holder in zip(positions, holders, strict=True)})

    def save_definitions(self, issues: Sequence[tuple[str, str, list[str], list[str]]]) -> None:
        """The pack's issues (id, label, keywords, anchors), replacing those of an earlier pack."""
        self.db.execute("DELETE FROM issues")
        self.db.executemany("INSERT INTO issues (id, label, keywords, anchors) VALUES (?, ?, ?, ?)",
                            [(i, label, json.dumps(k), json.dumps(a)) for i, label, k, a in issues])

    def rename_entity(self, absorbed: str, into: str) -> None:
        issues = [r[0] for r in self.db.execute("SELECT DISTINCT issue_id FROM positions WHERE actor = ?", (absorbed,))]
        positions_changed(self.db, {(i, actor) for i in issues for actor in (absorbed, into)})
        self.db.execute("UPDATE quotes SET speaker = ? WHERE speaker = ?", (into, absorbed))
        self.db.execute("UPDATE positions SET actor = ? WHERE actor = ?", (into, absorbed))

