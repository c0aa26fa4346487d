"""Read-only queries the web app and HTTP API need beyond the command line's (network edges, article
text with its sentences, ...). Every SQL statement of the web layer lives here."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dossier.models import EntityInfo, EntityRef, EventInfo, EvidenceInfo
from dossier.store.actors import ActorReads
from dossier.store.cache import Reopen, Version, lagging, per_version
from dossier.store.dialect import Connection, Dialect
from dossier.store.events import EventReads
from dossier.store.network import KEPT_MODALITIES
from dossier.store.outlets import commit_counts
from dossier.store.part import Part, unversioned

# What the timeline shows by default: what is reported as having happened, and what is planned.
REPORTED = ("asserted", "future")


@dataclass(frozen=True, slots=True)
class SentenceRow:
    index: int
    start: int  # character offsets in the article text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventMark:
    """An event trigger inside an article: where the article reports which event."""

    event_id: str
    event_type: str
    modality: str
    sentence_index: int
    start: int  # trigger offsets in the article text
    end: int
    summary: str


@dataclass(frozen=True, slots=True)
class EntityMark:
    """An actor mention inside an article, with the entity it resolved to."""

    entity_id: str
    name: str
    entity_type: str
    sentence_index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str
    name: str
    type: str
    events: int  # events it takes part in, within the window


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    source: str
    target: str
    events: int  # events both take part in


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Views(Part):
    """Read only: what the pages and the export ask beyond the other parts' queries."""

    def __init__(self, db: Connection, dialect: Dialect, events: EventReads, actors: ActorReads, *,
                 version: Callable[[], Version | None] = unversioned, reopen: Reopen | None = None) -> None:
        super().__init__(db, dialect, version=version, reopen=reopen)
        self._events, self._actors = events, actors

    # --- articles -------------------------------------------------------------------------------

    def article_sentences(self, article_id: str) -> list[SentenceRow]:
        rows = self.db.execute(
            'SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,))
        return [SentenceRow(r[0], r[1], r[2], r[3]) for r in rows]

    def article_event_marks(self, article_id: str) -> list[EventMark]:
        rows = self.db.execute(
            'SELECT m.event_id, e.type, m.modality, m.sentence, m.start, m."end", e.summary FROM event_mentions m'
            " JOIN events e ON e.id = m.event_id WHERE m.article_id = ? ORDER BY m.start, m.n", (article_id,))
        return [EventMark(r[0], r[1] or "", r[2], r[3], r[4], r[5], r[6]) for r in rows]  # typeless: ""

    def article_entity_marks(self, article_id: str) -> list[EntityMark]:
        rows = self.db.execute(
            'SELECT m.entity_id, e.name, e.type, m.sentence, m.start, m."end" FROM mentions m'
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start, m.id", (article_id,))
        return [EntityMark(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    # --- events ---------------------------------------------------------------------------------

    @per_version
    def latest_events(self, limit: int, modalities: Sequence[str] = REPORTED) -> list[EventInfo]:
        """The most recent dated events, newest first."""
        rows = self.db.execute(
            f"SELECT * FROM events WHERE date IS NOT NULL AND modality IN ({_marks(modalities)})"
            " ORDER BY date DESC, sources DESC, id LIMIT ?", (*modalities, limit)).fetchall()
        return self._events.infos(rows)

    @per_version
    def event_issue_counts(self) -> dict[str, int]:
        """Issue ids events are tagged with, and how many events each."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT issue_id, count(*) FROM event_issues GROUP BY issue_id ORDER BY issue_id")}

    def event_issues(self, event_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT issue_id FROM event_issues WHERE event_id = ? ORDER BY issue_id", (event_id,))]

    def issues_by_event(self) -> dict[str, list[str]]:
        """Every event's issue ids (events with none are left out)."""
        found: dict[str, list[str]] = defaultdict(list)
        for event_id, issue_id in self.db.execute("SELECT event_id, issue_id FROM event_issues ORDER BY issue_id"):
            found[event_id].append(issue_id)
        return dict(found)

    def evidence_by_event(self) -> dict[str, list[EvidenceInfo]]:
        """Every event's evidence in one pass (for exports), each event's in article id and mention order."""
        names = self._events.names()
        parties: dict[tuple[str, int], dict[str, list[EntityRef]]] = defaultdict(
            lambda: {"actor": [], "target": [], "source": []})
        for article_id, n, role, entity_id in self.db.execute(
                "SELECT article_id, n, role, entity_id FROM event_mention_parties ORDER BY article_id, n, position"):
            parties[(article_id, n)][role].append(names.get(entity_id) or EntityRef(entity_id, entity_id, ""))
        found: dict[str, list[EvidenceInfo]] = defaultdict(list)
        for row in self.db.execute(
                "SELECT m.*, a.title, a.outlet, a.published, s.text AS sentence_text, s.start AS sentence_start"
                " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                " JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
                " WHERE m.event_id IS NOT NULL ORDER BY m.article_id, m.n"):
            roles = parties[(row["article_id"], row["n"])]
            found[row["event_id"]].append(EvidenceInfo(
                row["article_id"], row["title"], row["outlet"], row["published"], row["sentence"],
                row["sentence_text"], row["sentence_start"], row["trigger"], row["start"], row["end"],
                json.loads(row["time"])["text"] if row["time"] else None, row["date"], row["date_origin"],
                row["modality"], roles["actor"], roles["target"], roles["source"]))
        return dict(found)

    # --- actors ---------------------------------------------------------------------------------

    @per_version
    def entities_matching(self, text: str, limit: int = 20) -> list[EntityInfo]:
        """Actors whose name or any alias contains `text` (case-insensitive), most mentioned first."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        like = self.dialect.like_nocase
        rows = self.db.execute(
            f"SELECT e.id FROM entities e WHERE (e.mentions > 0 OR e.articles > 0) AND ({like('e.name')} OR e.id IN"
            f" (SELECT entity_id FROM entity_aliases WHERE {like('alias')}))"
            " ORDER BY e.mentions DESC, e.name LIMIT ?", (pattern, pattern, limit)).fetchall()
        return [info for (entity_id,) in rows if (info := self._actors.get(entity_id)) is not None]

    @per_version
    def entity_event_count(self, entity_id: str) -> int:
        row = self.db.execute("SELECT count(DISTINCT event_id) FROM event_entities WHERE entity_id = ?",
                              (entity_id,)).fetchone()
        return int(row[0])

    @per_version
    def event_months(self, entity_id: str, modalities: tuple[str, ...] = REPORTED) -> tuple[dict[str, int], int]:
        """The events an actor takes part in per month (those dated to a day or a month), and how many are dated
        only to a year. For the default modalities, read from the counts kept at write time (migration 0013): a
        row per month of the actor's, however many events it has."""
        if tuple(modalities) == KEPT_MODALITIES:
            commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
            kept = dict(self.db.execute(
                "SELECT month, events FROM actor_months WHERE entity_id = ? AND events <> 0", (entity_id,)).fetchall())
            year = kept.pop("", 0)
            return {m: int(n) for m, n in sorted(kept.items())}, int(year)
        return self._counted_months(entity_id, tuple(modalities))

    @lagging
    def _counted_months(self, entity_id: str, modalities: tuple[str, ...]) -> tuple[dict[str, int], int]:
        months: dict[str, int] = {}
        year_only = 0
        for month, precision, n in self.db.execute(
                "SELECT substr(e.date, 1, 7), e.date_precision, count(*) FROM events e WHERE e.date IS NOT NULL"
                f" AND e.modality IN ({_marks(modalities)}) AND e.id IN"
                " (SELECT event_id FROM event_entities WHERE entity_id = ?) GROUP BY 1, 2",
                (*modalities, entity_id)):
            if precision == "year":
                year_only += int(n)
            else:
                months[month] = months.get(month, 0) + int(n)
        return months, year_only

    # --- network --------------------------------------------------------------------------------

    def network(self, *, since: str | None = None, until: str | None = None, actor: str | None = None,
                min_shared: int = 1, max_nodes: int = 80, modalities: Sequence[str] = REPORTED) -> Network:
        """Actors (and targets) linked by the events they share, sized by how many events they take part in.

        With a window (since/until) only events dated inside it count; without one, undated events count
        too. With `actor`, only that actor and the actors it shares events with. Without a window, with the
        default modalities, and with `actor` or no minimum of shared events, read from the counts kept at write
        time (migration 0013): the top actors from an index, their links by key."""
        if not since and not until and tuple(modalities) == KEPT_MODALITIES and (actor is not None or min_shared <= 1):
            return self._kept_network(actor, min_shared, max_nodes)
        return self._joined_network(since=since, until=until, actor=actor, min_shared=min_shared,
                                    max_nodes=max_nodes, modalities=tuple(modalities))

    @per_version
    def _kept_network(self, actor: str | None, min_shared: int, max_nodes: int) -> Network:
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        if actor is None:
            # the `max_nodes`-th most active actor's count: every actor with at least as many events is a candidate
            # (ties are ordered by name, then id, as the joined network orders them)
            floor = self.db.execute(
                "SELECT n.events FROM network_nodes n JOIN entities e ON e.id = n.entity_id WHERE n.events > 0"
                " ORDER BY n.events DESC, n.entity_id LIMIT 1 OFFSET ?",
                (max(max_nodes - 1, 0),)).fetchone()
            activity = self._activity(
                "SELECT n.entity_id, e.name, e.type, n.events FROM network_nodes n"
                " JOIN entities e ON e.id = n.entity_id WHERE n.events >= ?", (floor[0] if floor is not None else 1,))
        else:
            partners = self.db.execute(
                "SELECT b, events FROM network_pairs WHERE a = ? AND events >= ?"
                " UNION ALL SELECT a, events FROM network_pairs WHERE b = ? AND events >= ?",
                (actor, min_shared, actor, min_shared)).fetchall()
            wanted = sorted({actor} | {r[0] for r in partners})
            activity = {}
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                activity.update(self._activity(
                    "SELECT n.entity_id, e.name, e.type, n.events FROM network_nodes n JOIN entities e"
                    f" ON e.id = n.entity_id WHERE n.events > 0 AND n.entity_id IN ({_marks(chunk)})", chunk))
        chosen = sorted(activity, key=lambda k: (-activity[k][2], activity[k][0], k))[:max_nodes]
        kept = set(chosen)
        edges: list[NetworkEdge] = []
        for start in range(0, len(chosen), 500):
            chunk = sorted(chosen[start:start + 500])
            for a, b, n in self.db.execute(
                    f"SELECT a, b, events FROM network_pairs WHERE a IN ({_marks(chunk)}) AND events >= ?",
                    (*chunk, min_shared)):
                if b in kept and (actor is None or actor in (a, b)):
                    edges.append(NetworkEdge(a, b, int(n)))
        edges.sort(key=lambda e: (-e.events, e.source, e.target))
        return Network([NetworkNode(k, activity[k][0], activity[k][1], activity[k][2]) for k in chosen], edges)

    def _activity(self, sql: str, params: Sequence[Any]) -> dict[str, tuple[str, str, int]]:
        return {r[0]: (r[1], r[2], int(r[3])) for r in self.db.execute(sql, tuple(params))}

    @lagging
    def _joined_network(self, *, since: str | None, until: str | None, actor: str | None, min_shared: int,
                        max_nodes: int, modalities: tuple[str, ...]) -> Network:
        """The network counted from every event's participants (a window, other modalities, or a minimum of
        shared events without an actor)."""
        where, params = _window(since, until, modalities)
        parts = ("SELECT DISTINCT ee.event_id, ee.entity_id FROM event_entities ee JOIN events e ON e.id = ee.event_id"
                 f" WHERE ee.role IN ('actor', 'target') AND {where}")
        edges = [NetworkEdge(r[0], r[1], r[2]) for r in self.db.execute(
            f"WITH p AS ({parts}) SELECT a.entity_id, b.entity_id, count(*) AS n FROM p a JOIN p b"
            " ON a.event_id = b.event_id AND a.entity_id < b.entity_id GROUP BY 1, 2 HAVING count(*) >= ?"
            " ORDER BY n DESC, 1, 2", (*params, min_shared))]
        activity = {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(
            f"WITH p AS ({parts}) SELECT p.entity_id, e.name, e.type, count(*) AS n FROM p JOIN entities e"
            " ON e.id = p.entity_id GROUP BY p.entity_id, e.name, e.type ORDER BY n DESC, e.name", params)}
        if actor is not None:
            edges = [e for e in edges if actor in (e.source, e.target)]
        linked = {actor} if actor in activity else set()
        for edge in edges:
            linked |= {edge.source, edge.target}
        if min_shared > 1 or actor is not None:  # isolated actors say nothing about links
            activity = {k: v for k, v in activity.items() if k in linked}
        chosen = sorted(activity, key=lambda k: (-activity[k][2], activity[k][0], k))[:max_nodes]
        kept = set(chosen)
        return Network(
            [NetworkNode(k, activity[k][0], activity[k][1], activity[k][2]) for k in chosen],
            [e for e in edges if e.source in kept and e.target in kept])


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _window(since: str | None, until: str | None, modalities: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL condition on events `e` for a date window (ISO prefixes, inclusive) and modalities."""
    where = [f"e.modality IN ({_marks(modalities)})"]
    params: list[Any] = list(modalities)
    if since:
        where.append("e.date >= ?")
        params.append(since)
    if until:
        where.append("substr(e.date, 1, length(?)) <= ?")
        params += [until, until]
    return " AND ".join(where), params
