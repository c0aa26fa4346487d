"""Queries whose work does not grow with the store (issue 18, migration 0012): the quotations, the conflicts and the
outlets' exclusive events are read a page at a time from indexes in the order they are listed, and give what the
whole-store queries they replace gave (those are kept here as the reference)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dossier.store import open_reader, open_store
from tests.helpers.stores import Location

# The quotations as they were listed before migration 0012: every quotation joined to its article, filtered, sorted.
OLD_QUOTES = (
    "SELECT q.article_id, q.n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {where}"
    " ORDER BY a.published IS NULL, a.published, a.rowid, q.n")
# A position's date as the view dated_positions computed it on every read before migration 0012.
OLD_POSITION_DATE = (
    "COALESCE((SELECT m.date FROM event_mentions m WHERE m.article_id = p.article_id AND m.sentence = p.sentence"
    " AND m.date IS NOT NULL AND m.modality = 'asserted' ORDER BY m.n LIMIT 1), (SELECT a.date FROM anchors a"
    " WHERE a.article_id = p.article_id AND a.kind IN ('published', 'from_event')))")
# Each actor's latest stance per issue, actors in the order of their first position, as the board read them.
OLD_BOARD = (
    "WITH ordered AS (SELECT p.issue_id, p.actor, p.stance, p.negated, p.date, row_number() OVER"
    " (ORDER BY p.date IS NULL, p.date, a.rowid, p.n) AS rn FROM positions p JOIN articles a ON a.id = p.article_id),"
    " ranked AS (SELECT o.*, min(rn) OVER (PARTITION BY issue_id, actor) AS first,"
    " max(rn) OVER (PARTITION BY issue_id, actor) AS last FROM ordered o)"
    " SELECT r.issue_id, r.actor, r.stance, r.negated, r.date FROM ranked r WHERE r.rn = r.last"
    " ORDER BY r.issue_id, r.first")
OLD_CONFLICTS = (
    'SELECT c.event_id, c.field FROM conflicts c JOIN events e ON e.id = c.event_id'
    " ORDER BY e.date IS NULL, e.date, c.event_id, c.field")
OLD_EXCLUSIVE = (
    "SELECT min(coalesce(a.outlet, '(outlet unknown)')), e.id FROM events e"
    " JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id"
    " WHERE e.date IS NOT NULL AND e.modality = 'asserted' GROUP BY e.id, e.date"
    " HAVING count(DISTINCT coalesce(a.outlet, '(outlet unknown)')) = 1 ORDER BY e.date, e.id")


def _old_quotes(store: Any, speaker: str | None = None, issue: str | None = None,
                kind: str | None = None) -> list[tuple[str, int]]:
    where, params = ["1 = 1"], []
    if speaker:
        where.append("q.speaker = ?")
        params.append(speaker)
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    rows = store.db.execute(OLD_QUOTES.format(where=" AND ".join(where)), params).fetchall()
    if issue:  # the issues were read from each quotation's JSON list
        issues = {(r[0], r[1]): json.loads(r[2]) for r in store.db.execute("SELECT article_id, n, issues FROM quotes")}
        rows = [r for r in rows if issue in issues[(r[0], r[1])]]
    return [(r[0], int(r[1])) for r in rows]


@pytest.mark.store
def test_quotations_conflicts_and_exclusive_events_are_those_the_whole_store_queries_gave(
        example_db: Location) -> None:
    store = open_reader(example_db)
    writer = open_store(example_db, create=False)  # its connection reads the tables themselves
    try:
        speakers = [r[0] for r in writer.db.execute(
            "SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC LIMIT 3")]
        issues = [i["id"] for i in store.issues.definitions()]
        assert speakers and issues
        asked: list[dict[str, Any]] = [{}, {"kind": "direct"}, *({"speaker": s} for s in speakers),
                                       *({"issue": i} for i in issues), {"issue": issues[0], "kind": "reported"},
                                       {"issue": issues[0], "speaker": speakers[0]}]
        for filters in asked:
            old = _old_quotes(writer, **filters)
            new = [(q.article_id, q.sentence_index) for q in store.issues.quotes(**filters)]
            sentences = {(r[0], int(r[1])): int(r[2]) for r in writer.db.execute(
                "SELECT article_id, n, sentence FROM quotes")}
            assert new == [(a, sentences[(a, n)]) for a, n in old], filters
            if len(old) > 3:  # a page from the middle is the same slice
                page = store.issues.quotes(**filters, limit=2, offset=2)
                assert [(q.article_id, q.sentence_index) for q in page] == new[2:4], filters
        assert any(_old_quotes(writer, issue=i) for i in issues), "the example corpus has quotations on issues"

        # every position's kept date is the one the view computed; listed in the same order, whole and by page
        dated = [tuple(r) for r in writer.db.execute(
            f"SELECT p.article_id, p.n, p.date, {OLD_POSITION_DATE}, p.issue_id, p.actor, a.rowid, p.article_rowid"
            " FROM positions p JOIN articles a ON a.id = p.article_id")]
        assert dated and all(r[2] == r[3] and r[6] == r[7] for r in dated), [r for r in dated if r[2] != r[3]][:3]
        assert any(r[2] is not None for r in dated) and len({r[2] for r in dated}) > 2
        order = sorted(dated, key=lambda r: (r[3] is None, r[3] or "", r[6], r[1]))
        for filters in [{}, *({"issue": i} for i in issues), {"actor": order[0][5]}]:
            want = [(r[0], r[1]) for r in order if filters.get("issue", r[4]) == r[4]
                    and filters.get("actor", r[5]) == r[5]]
            sentence = {(r[0], int(r[1])): int(r[2]) for r in writer.db.execute(
                "SELECT article_id, n, sentence FROM positions")}
            got = [(p.article_id, p.sentence_index) for p in store.issues.positions(**filters)]
            assert got == [(a, sentence[(a, n)]) for a, n in want], filters

        # the issue board: each issue's actors and their latest stances, and the counts of positions and actors
        board: dict[str, list[tuple[Any, ...]]] = {}
        for issue_id, actor, stance, negated, date in writer.db.execute(OLD_BOARD):
            board.setdefault(issue_id, []).append((actor, stance, bool(negated), date))
        assert board
        counts = {r[0]: (int(r[1]), int(r[2]), r[3]) for r in writer.db.execute(
            "SELECT issue_id, count(*), count(DISTINCT actor), max(date) FROM positions GROUP BY issue_id")}
        for entry in store.issues.overview():
            assert [(x["actor"], x["stance"], x["negated"], x["date"]) for x in entry["stances"]] == board.get(
                entry["id"], []), entry["id"]
            assert (entry["positions"], entry["actors"], entry["last_change"]) == counts.get(entry["id"], (0, 0, None))
        for entry in store.issues.overview(stances=2):
            assert [x["actor"] for x in entry["stances"]] == [b[0] for b in board.get(entry["id"], [])][:2]

        conflicts = [(c.event_id, c.field) for c in store.events.conflicts()]
        assert conflicts and conflicts == [tuple(r) for r in writer.db.execute(OLD_CONFLICTS)]
        assert [(c.event_id, c.field) for c in store.events.conflicts(limit=3, offset=1)] == conflicts[1:4]

        exclusive: dict[str, list[str]] = {}
        for outlet, event_id in writer.db.execute(OLD_EXCLUSIVE):
            exclusive.setdefault(outlet, []).append(event_id)
        assert exclusive
        for entry in store.outlets.report():
            assert [e["id"] for e in entry["exclusive_events"]] == exclusive.get(entry["outlet"], [])
            assert entry["exclusive_event_count"] == len(exclusive.get(entry["outlet"], []))
        for entry in store.outlets.report(exclusive=1):
            assert [e["id"] for e in entry["exclusive_events"]] == exclusive.get(entry["outlet"], [])[:1]

        # each outlet's top actors and the main actors (whose tone is compared): what ranking every
        # (outlet, actor) row gave
        rows = [tuple(r) for r in writer.db.execute(
            "SELECT outlet, entity_id, sentences FROM outlet_actor_sentences WHERE sentences > 0")]
        corpus: dict[str, int] = {}
        for _, entity_id, n in rows:
            corpus[entity_id] = corpus.get(entity_id, 0) + int(n)
        main = [e for e, _ in sorted(sorted(corpus.items()), key=lambda kv: -kv[1])[:8]]
        for entry in store.outlets.report():
            own = sorted(((-int(n), e) for o, e, n in rows if o == entry["outlet"]))[:8]
            assert [(a["id"], a["sentences"]) for a in entry["actors"]] == [(e, -n) for n, e in own]
            assert {t["id"] for t in entry["tone"]} <= set(main)
            assert [t["id"] for t in entry["tone"]] == sorted((t["id"] for t in entry["tone"]), key=main.index)
    finally:
        writer.close()
        store.close()


@pytest.mark.sqlite_only("SQLite's query plans")
def test_the_listed_pages_are_read_from_indexes_not_sorted_whole(example_db: Location) -> None:
    """SQLite walks an index in the order asked and stops after the page: no temporary B-tree sorts every row."""
    store = open_store(example_db, create=False)
    try:
        plans = {
            "quotations": ("SELECT q.article_id FROM quotes q WHERE 1 = 1"
                           " ORDER BY q.published IS NULL, q.published, q.article_rowid, q.n LIMIT 50", ()),
            "an issue's quotations": ("SELECT q.article_id FROM quote_issues qi JOIN quotes q ON"
                                      " q.article_id = qi.article_id AND q.n = qi.n WHERE qi.issue_id = ?"
                                      " ORDER BY qi.undated, qi.published, qi.article_rowid, qi.n LIMIT 50", ("x",)),
            "a speaker's quotations": ("SELECT q.article_id FROM quotes q WHERE q.speaker = ?"
                                       " ORDER BY q.published IS NULL, q.published, q.article_rowid, q.n LIMIT 50",
                                       ("x",)),
            "conflicts": ('SELECT c.event_id FROM events e JOIN conflicts c ON c.event_id = e.id'
                          " WHERE e.has_conflict <> 0 ORDER BY e.date IS NULL, e.date, e.id, c.field LIMIT 200", ()),
            "an issue's positions": ("SELECT p.article_id FROM positions p WHERE p.issue_id = ?"
                                     " ORDER BY p.date IS NULL, p.date, p.article_rowid, p.n LIMIT 50", ("x",)),
            "exclusive events": ("SELECT id FROM events WHERE outlet = ? AND date IS NOT NULL"
                                 " AND modality = 'asserted' ORDER BY outlet, date, id LIMIT 5", ("x",)),
        }
        for name, (sql, params) in plans.items():
            plan = " | ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (name, plan)
            assert "INDEX" in plan, (name, plan)
    finally:
        store.close()
