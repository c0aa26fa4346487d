"""The change log (migration 0010): what each analysis run changed in the dossier (a new event, an event that
gained a source or whose date moved, a conflict that appeared or was resolved, an actor's stance on an issue
that changed, a new actor), each with the article and sentence it came from. The pipeline records them in the
transaction of the batch that made them; the query layer reads them (`dossier changes`, the Atom feed, the web's
"What's new")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossier.store.articles import _now
from dossier.store.part import Part

# The kinds of change, in the order the help lists them.
CHANGE_KINDS: tuple[str, ...] = ("event", "source", "date", "conflict", "resolved", "stance", "actor")


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One change as the pipeline records it."""

    kind: str
    article_id: str | None
    sentence: int | None = None
    event_id: str | None = None
    entity_id: str | None = None
    issue_id: str | None = None
    actors: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChangeInfo:
    """One change as the store hands it back, with what its ids name now (the event's summary, the article's
    title, the sentence's words)."""

    id: int
    at: str
    kind: str
    event_id: str | None
    entity_id: str | None
    issue_id: str | None
    article_id: str | None
    sentence: int | None
    actors: list[str]
    issues: list[str]
    detail: dict[str, Any]
    event_summary: str | None  # None when the event was merged into another since
    event_date: str | None
    entity_name: str | None
    entity_type: str | None
    title: str | None  # the article's
    outlet: str | None
    url: str | None
    published: str | None
    sentence_text: str | None


@dataclass(frozen=True, slots=True)
class Stance:
    """An actor's latest stance on an issue (as the issue board shows it), with where it was stated."""

    stance: str
    negated: bool
    article_id: str
    sentence: int
    date: str | None


class ChangeReads(Part):
    """The change log as the query layer reads it (`store.changelog`): `dossier changes`, the feed, the pages."""


    def next_event_number(self) -> int:
        """One past the highest event number (`ev<N>`) the log names: an analysis numbers new events from here, so
        that an entry of the log never comes to name another event (after `dossier reprocess`, or an event
        merged away)."""
        row = self.db.execute("SELECT max(CAST(substr(event_id, 3) AS INTEGER)) FROM changes"
                              " WHERE event_id LIKE 'ev%'").fetchone()
        return 0 if row is None or row[0] is None else int(row[0]) + 1

    def last_change_id(self) -> int:
        """The id of the latest change recorded (0 for none): changes after it are newer."""
        row = self.db.execute("SELECT max(id) FROM changes").fetchone()
        return int(row[0] or 0)

    def changes(self, *, since: str | None = None, after_id: int | None = None, upto_id: int | None = None,
                kinds: Sequence[str] | None = None, issue: str | None = None, actor: str | None = None,
                limit: int | None = None, offset: int = 0) -> list[ChangeInfo]:
        """Changes, newest first: recorded at or after `since` (an ISO time or prefix), with ids in
        (after_id, upto_id], of these kinds, concerning this issue and this actor."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if since:
            where.append("c.at >= ?")
            params.append(since)
        if after_id is not None:
            where.append("c.id > ?")
            params.append(after_id)
        if upto_id is not None:
            where.append("c.id <= ?")
            params.append(upto_id)
        if kinds:
            where.append(f"c.kind IN ({', '.join('?' * len(kinds))})")
            params += list(kinds)
        if issue:
            where.append(f"(c.issue_id = ? OR {self.dialect.json_list_has('c.issues')})")
            params += [issue, issue]
        if actor:
            where.append(f"(c.entity_id = ? OR {self.dialect.json_list_has('c.actors')})")
            params += [actor, actor]
        rows = self.db.execute(
            "SELECT c.*, ev.summary AS event_summary, ev.date AS event_date, en.name AS entity_name,"
            " en.type AS entity_type, a.title, a.outlet, a.url, a.published, s.text AS sentence_text"
            " FROM changes c LEFT JOIN events ev ON ev.id = c.event_id LEFT JOIN entities en ON en.id = c.entity_id"
            " LEFT JOIN articles a ON a.id = c.article_id"
            " LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence"
            f" WHERE {' AND '.join(where)} ORDER BY c.id DESC LIMIT ? OFFSET ?",
            (*params, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        return [ChangeInfo(
            int(r["id"]), r["at"], r["kind"], r["event_id"], r["entity_id"], r["issue_id"], r["article_id"],
            None if r["sentence"] is None else int(r["sentence"]), json.loads(r["actors"]), json.loads(r["issues"]),
            json.loads(r["detail"]), r["event_summary"], r["event_date"], r["entity_name"], r["entity_type"],
            r["title"], r["outlet"], r["url"], r["published"], r["sentence_text"]) for r in rows]

    def change_counts(self, after_id: int, upto_id: int) -> dict[str, int]:
        """What the changes with ids in (after_id, upto_id] amount to, counted exactly: `event` the new events still
        standing (not merged into another since), `conflict`/`resolved` the events that gained or lost a conflict,
        `source`/`date` the events that gained a source or were redated, `stance` the (actor, issue) stances that
        changed, `actor` the new actors."""
        counts = dict.fromkeys(CHANGE_KINDS, 0)
        for kind, n in self.db.execute(
                "SELECT c.kind, count(DISTINCT coalesce(c.event_id, '') || '|' || coalesce(c.entity_id, '') || '|'"
                " || coalesce(c.issue_id, '')) FROM changes c LEFT JOIN events ev ON ev.id = c.event_id"
                " WHERE c.id > ? AND c.id <= ? AND (c.event_id IS NULL OR ev.id IS NOT NULL) GROUP BY c.kind",
                (after_id, upto_id)):
            counts[kind] = int(n)
        return counts

    def changed_since(self, since: str) -> tuple[set[str], set[tuple[str, str]]]:
        """What changed at or after `since`: the events (new, with a new source, redated, with a conflict gained or
        lost) and the (actor, issue) pairs whose stance changed: what the pages mark as new."""
        events: set[str] = set()
        stances: set[tuple[str, str]] = set()
        for kind, event_id, entity_id, issue_id in self.db.execute(
                "SELECT kind, event_id, entity_id, issue_id FROM changes WHERE at >= ?", (since,)):
            if event_id is not None:
                events.add(event_id)
            if kind == "stance" and entity_id is not None and issue_id is not None:
                stances.add((entity_id, issue_id))
        return events, stances

    def last_poll_at(self) -> str | None:
        """When `dossier watch` last reached a source (the pages' "since the last poll")."""
        row = self.db.execute("SELECT max(polled_at) FROM watch_sources").fetchone()
        return None if row is None or row[0] is None else str(row[0])


class ChangeStore(ChangeReads):
    """The change log as analysis writes it (and what it reads to tell a change)."""

    # --- written by analysis ------------------------------------------------------------------

    def record_changes(self, changes: Iterable[ChangeRecord]) -> None:
        """Add changes to the log (inside the caller's transaction), in the order given."""
        at = _now()
        self.db.executemany(
            "INSERT INTO changes (at, kind, event_id, entity_id, issue_id, article_id, sentence, actors, issues,"
            " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(at, c.kind, c.event_id, c.entity_id, c.issue_id, c.article_id, c.sentence, json.dumps(list(c.actors)),
              json.dumps(list(c.issues)), json.dumps(c.detail, sort_keys=True)) for c in changes])

    def rename_entity_in_changes(self, absorbed: str, into: str) -> None:
        """Two entities merged: the log names the one that is left."""
        self.db.execute("UPDATE changes SET entity_id = ? WHERE entity_id = ?", (into, absorbed))
        rows = self.db.execute(f"SELECT id, actors FROM changes WHERE {self.dialect.json_list_has('actors')}",
                               (absorbed,)).fetchall()
        self.db.executemany("UPDATE changes SET actors = ? WHERE id = ?", [
            (json.dumps(list(dict.fromkeys(into if a == absorbed else a for a in json.loads(r[1])))), r[0])
            for r in rows])

    def latest_stances(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Stance]:
        """Each (actor, issue)'s latest stance (a quotation with no stance word aside), in the issue board's order:
        by date, undated last, then as stored."""
        found: dict[tuple[str, str], Stance] = {}
        for actor, issue in pairs:
            row = self.db.execute(
                "SELECT p.stance, p.negated, p.article_id, p.sentence, p.date FROM dated_positions p"
                " JOIN articles a ON a.id = p.article_id WHERE p.actor = ? AND p.issue_id = ? AND p.stance <> 'states'"
                " ORDER BY p.date IS NULL DESC, p.date DESC, a.rowid DESC, p.n DESC LIMIT 1",
                (actor, issue)).fetchone()
            if row is not None:
                found[(actor, issue)] = Stance(row[0], bool(row[1]), row[2], int(row[3]), row[4])
        return found

    def stored_event_dates(self, event_ids: Iterable[str]) -> dict[str, str | None]:
        """The dates the events' rows hold (those without a row are absent)."""
        ids = list(event_ids)
        found: dict[str, str | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for event_id, date in self.db.execute(f"SELECT id, date FROM events WHERE id IN ({marks})", chunk):
                found[event_id] = date
        return found
