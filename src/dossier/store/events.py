"""Events: the evidence (event mentions), the merged events, their participants and conflicts."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Any

from dossier.models import (
    Anchor,
    AnchorKind,
    ConflictInfo,
    EntityRef,
    EventDelta,
    EventInfo,
    EventRecord,
    EvidenceDelta,
    EvidenceInfo,
    EvidenceRecord,
    Modality,
    Occasion,
    PartialDate,
    StoredEvents,
    TimeExpr,
    TimeKind,
)
from dossier.plover import DateOrigin, EventType, Mode, context
from dossier.store.cache import per_version
from dossier.store.dialect import Row
from dossier.store.issues import dated_again
from dossier.store.network import network_changed, participants
from dossier.store.outlets import UNKNOWN_OUTLET, OutletCounts, issue_events_changed
from dossier.store.part import Part

# The one outlet every source of event `events.id` is an article of (NULL: several, or none): what migration 0012
# fills events.outlet with.
_ONE_OUTLET = (f"SELECT CASE WHEN count(DISTINCT coalesce(a.outlet, '{UNKNOWN_OUTLET}')) = 1"
               f" THEN min(coalesce(a.outlet, '{UNKNOWN_OUTLET}')) END FROM event_mentions m"
               " JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id")


class EventReads(Part):
    """What the query layer asks of the events."""

    @per_version
    def timeline(self, *, actor: str | None = None, since: str | None = None, until: str | None = None,
                 event_type: str | None = None, outlet: str | None = None, issue: str | None = None,
                 include_undated: bool = False, conflicts_only: bool = False, limit: int | None = None,
                 offset: int = 0, modalities: tuple[str, ...] | None = None,
                 only_outlet: bool = False) -> list[EventInfo]:
        """Events in date order, filtered; `only_outlet`: only those `outlet` alone reports (every source of
        theirs is an article of that outlet)."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if not include_undated:
            where.append("e.date IS NOT NULL")
        if actor:
            where.append("e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)")
            params.append(actor)
        if since:
            where.append("e.date >= ?")
            params.append(since)
        if until:
            where.append("substr(e.date, 1, length(?)) <= ?")
            params += [until, until]
        if event_type:  # a PLOVER type, or the kind of an act PLOVER does not type ("appointment")
            where.append("(e.type = ? OR e.kind = ?)")
            params += [event_type, event_type]
        if outlet:
            where.append("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                         f" WHERE {self.dialect.equals_nocase('a.outlet')})")
            params.append(outlet)
            if only_outlet:
                other = f"a.outlet IS NULL OR NOT ({self.dialect.equals_nocase('a.outlet')})"
                where.append("NOT EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                             f" WHERE m.event_id = e.id AND ({other}))")
                params.append(outlet)
        if issue:
            where.append("e.id IN (SELECT event_id FROM event_issues WHERE issue_id = ?)")
            params.append(issue)
        if conflicts_only:
            where.append("e.has_conflict = 1")
        if modalities:
            where.append(f"e.modality IN ({','.join('?' * len(modalities))})")
            params += list(modalities)
        rows = self.db.execute(
            f"SELECT * FROM events e WHERE {' AND '.join(where)}"
            " ORDER BY e.date IS NULL, e.date, e.id LIMIT ? OFFSET ?",
            (*params, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        return self.infos(rows)

    def get(self, event_id: str) -> EventInfo | None:
        rows = self.db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchall()
        found = self.infos(rows)
        return found[0] if found else None

    def evidence(self, event_id: str, limit: int | None = None, offset: int = 0) -> list[EvidenceInfo]:
        """An event's evidence, oldest article first (`limit`/`offset` page it: a much-reported event has many)."""
        rows = self.db.execute(
            "SELECT m.*, a.title, a.outlet, a.published, s.text AS sentence_text, s.start AS sentence_start"
            " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
            " JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
            " WHERE m.event_id = ? ORDER BY a.published IS NULL, a.published, a.rowid, m.n LIMIT ? OFFSET ?",
            (event_id, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        parties: dict[tuple[str, int], dict[str, list[EntityRef]]] = defaultdict(
            lambda: {"actor": [], "target": [], "source": []})
        for start in range(0, len(rows), 200):  # the parties of these mentions only, with their names
            chunk = rows[start:start + 200]
            pairs = " OR ".join(["(p.article_id = ? AND p.n = ?)"] * len(chunk))
            for row in self.db.execute(
                    "SELECT p.article_id, p.n, p.role, p.entity_id, e.name, e.type FROM event_mention_parties p"
                    f" LEFT JOIN entities e ON e.id = p.entity_id WHERE {pairs} ORDER BY p.position",
                    [value for r in chunk for value in (r["article_id"], r["n"])]):
                parties[(row[0], row[1])][row[2]].append(
                    EntityRef(row[3], row[4], row[5]) if row[4] is not None else EntityRef(row[3], row[3], ""))
        found = []
        for row in rows:
            time = stored_time(row["time"])
            roles = parties[(row["article_id"], row["n"])]
            found.append(EvidenceInfo(
                row["article_id"], row["title"], row["outlet"], row["published"], row["sentence"],
                row["sentence_text"], row["sentence_start"], row["trigger"], row["start"], row["end"],
                time.text if time else None, row["date"], row["date_origin"], row["modality"],
                roles["actor"], roles["target"], roles["source"]))
        return found

    @per_version
    def conflicts(self, event_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[ConflictInfo]:
        """Disputes in event date order (undated last): the events walked in the order of the index of disputed
        events (migration 0012), a page's worth, not every conflict sorted."""
        where, params = ("e.id = ?", (event_id,)) if event_id else ("e.has_conflict <> 0", ())
        return [ConflictInfo(row[0], row[1], [(v, a) for v, a in json.loads(row[2])], row[3], row[4])
                for row in self.db.execute(
                    f'SELECT c.event_id, c.field, c."values", e.summary, e.date FROM events e'
                    f" JOIN conflicts c ON c.event_id = e.id WHERE {where}"
                    " ORDER BY e.date IS NULL, e.date, e.id, c.field LIMIT ? OFFSET ?",
                    (*params, self.dialect.all_rows if limit is None else limit, offset))]

    def rows_for_eval(self) -> list[dict[str, Any]]:
        """Every event with its evidence sentences and participants: what `eval` matches against gold."""
        events: dict[str, dict[str, Any]] = {}
        for row in self.db.execute("SELECT * FROM events ORDER BY rowid"):
            events[row["id"]] = {"id": row["id"], "type": row["type"] or None, "modality": row["modality"],
                                 "date": row["date"], "entities": set(), "evidence": [], "issues": []}
        for event_id, entity_id in self.db.execute(
                "SELECT event_id, entity_id FROM event_entities WHERE role IN ('actor', 'target')"):
            if event_id in events:
                events[event_id]["entities"].add(entity_id)
        for row in self.db.execute(
                "SELECT m.event_id, m.article_id, s.text FROM event_mentions m JOIN sentences s"
                " ON s.article_id = m.article_id AND s.idx = m.sentence ORDER BY m.article_id, m.n"):
            if row[0] in events:
                events[row[0]]["evidence"].append((row[1], row[2]))
        for event_id, issue in self.db.execute("SELECT event_id, issue_id FROM event_issues ORDER BY 1, 2"):
            if event_id in events:
                events[event_id]["issues"].append(issue)
        for event_id, field in self.db.execute("SELECT event_id, field FROM conflicts ORDER BY 1, 2"):
            if event_id in events:
                events[event_id].setdefault("conflicts", []).append(field)
        return list(events.values())

    def for_export(self) -> list[dict[str, Any]]:
        """Every event with its participants, issues and evidence, in the shape of the export contract."""
        events = {e.id: e for e in self.timeline(include_undated=True)}
        issues: dict[str, list[str]] = defaultdict(list)
        for event_id, issue_id in self.db.execute("SELECT event_id, issue_id FROM event_issues ORDER BY issue_id"):
            issues[event_id].append(issue_id)
        evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self.db.execute(
                "SELECT m.event_id, m.article_id, s.text, m.time, m.date, m.date_origin, m.trigger, m.modality"
                " FROM event_mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
                " ORDER BY m.article_id, m.n"):
            time = stored_time(row[3])
            evidence[row[0]].append({"article": row[1], "sentence": row[2],
                                     "date_as_stated": time.text if time else None, "date": row[4],
                                     "date_origin": row[5], "trigger": row[6], "modality": row[7]})
        return [{
            "id": e.id, "type": e.type, "kind": e.kind, "mode": e.mode,
            "context": context(e.type) if e.type is not None else None, "modality": e.modality,
            "date": e.date, "date_precision": e.date_precision, "actors": [r.id for r in e.actors],
            "targets": [r.id for r in e.targets], "location": e.location.id if e.location else None,
            "issues": issues[e.id], "summary": e.summary, "conflict": e.has_conflict, "evidence": evidence[e.id],
        } for e in events.values()]

    def names(self) -> dict[str, EntityRef]:
        rows = self.db.execute("SELECT id, name, type FROM entities")
        return {row[0]: EntityRef(row[0], row[1], row[2]) for row in rows}

    def infos(self, rows: list[Row]) -> list[EventInfo]:
        if not rows:
            return []
        roles: dict[str, dict[str, list[EntityRef]]] = defaultdict(lambda: defaultdict(list))
        ids = [row["id"] for row in rows]
        for start in range(0, len(ids), 500):  # the participants of these events only, with their names
            chunk = ids[start:start + 500]
            for event_id, entity_id, role, name, kind in self.db.execute(
                    "SELECT p.event_id, p.entity_id, p.role, e.name, e.type FROM event_entities p"
                    " LEFT JOIN entities e ON e.id = p.entity_id"
                    f" WHERE p.event_id IN ({','.join('?' * len(chunk))}) ORDER BY p.rank", chunk):
                roles[event_id][role].append(EntityRef(entity_id, name, kind) if name is not None
                                             else EntityRef(entity_id, entity_id, ""))
        return [EventInfo(
            row["id"], row["type"] or None, row["mode"], row["modality"], row["date"], row["date_precision"],
            row["summary"], row["sources"], row["articles"], bool(row["has_conflict"]), roles[row["id"]]["actor"],
            roles[row["id"]]["target"], next(iter(roles[row["id"]]["location"]), None), row["kind"]) for row in rows]
    def counts(self) -> tuple[int, int]:
        """Events, and events whose sources disagree (a poll reports the growth of both)."""
        row = self.db.execute("SELECT count(*), count(*) FILTER (WHERE has_conflict <> 0) FROM events").fetchone()
        return int(row[0]), int(row[1])


def evidence_record(row: Any, roles: dict[str, list[str]]) -> EvidenceRecord:
    """One stored event mention (an `event_mentions` row) with its parties by role, as resolution takes it."""
    return EvidenceRecord(
        article_id=row["article_id"], n=row["n"], sentence=row["sentence"], trigger=row["trigger"],
        start=row["start"], end=row["end"], type=EventType(row["type"]) if row["type"] else None,
        mode=Mode(row["mode"]) if row["mode"] else None, modality=Modality(row["modality"]),
        actors=tuple(roles["actor"]), targets=tuple(roles["target"]), location=row["location"],
        time=stored_time(row["time"]), date=PartialDate.from_iso(row["date"]) if row["date"] else None,
        month_day=_month_day(row["month_day"]), date_origin=DateOrigin(row["date_origin"]),
        event_id=row["event_id"], issues=tuple(json.loads(row["issues"])), lemma=row["lemma"],
        tense=row["tense"], time_ref=row["time_ref"], first_claim=bool(row["first_claim"]),
        attribution=tuple(roles["source"]), companions=tuple(json.loads(row["companions"])), kind=row["kind"],
        earlier=bool(row["earlier"]), ordinal=row["ordinal"], joins=bool(row["joins"]),
        occasion=_occasion(row["occasion"]), occasion_parties=tuple(json.loads(row["occasion"])["entities"])
        if row["occasion"] else ())


class Events(EventReads):
    """The evidence (event mentions), the merged events, their participants and conflicts, as analysis writes
    them, and what resolution resumes from."""

    def load_state(self) -> StoredEvents:
        """The evidence (the events table may lag it, see pipeline/), the anchors and the conflicts as written."""
        parties: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(
            lambda: {"actor": [], "target": [], "source": []})
        for row in self.db.execute(
                "SELECT article_id, n, role, entity_id FROM event_mention_parties"
                " ORDER BY article_id, n, role, position"):
            parties[(row[0], row[1])][row[2]].append(row[3])
        evidence = []
        for row in self.db.execute("SELECT * FROM event_mentions ORDER BY article_id, n"):
            evidence.append(evidence_record(row, parties[(row["article_id"], row["n"])]))
        conflicts: dict[str, list[str]] = defaultdict(list)
        for event_id, field in self.db.execute("SELECT event_id, field FROM conflicts ORDER BY event_id, field"):
            conflicts[event_id].append(field)
        leads = {row[0]: lead for row in self.db.execute("SELECT article_id, time FROM leads")
                 if (lead := stored_time(row[1])) is not None}
        return StoredEvents(evidence, self._anchors(), {e: tuple(f) for e, f in conflicts.items()}, leads)

    def ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM events")}

    def _anchors(self) -> dict[str, Anchor]:
        return {row[0]: Anchor(PartialDate.from_iso(row[1]), AnchorKind(row[2]))
                for row in self.db.execute("SELECT article_id, date, kind FROM anchors")}

    def save_evidence(self, delta: EvidenceDelta) -> None:
        """Write the evidence of the articles resolution changed (new ones, and those whose dates or events
        moved), replacing what was stored for them (for a partial one, only the mentions given), and their
        anchors (in a transaction). One statement per table for the whole batch: a statement per row costs more
        in the calls than in the database."""
        evidence = delta.evidence
        partial = set(delta.partial)
        self.db.executemany("DELETE FROM event_mentions WHERE article_id = ?",
                            [(a,) for a in delta.articles if a not in partial])
        self.db.executemany("DELETE FROM event_mentions WHERE article_id = ? AND n = ?",
                            [(e.article_id, e.n) for e in evidence if e.article_id in partial])
        self.db.executemany(
            'INSERT INTO event_mentions (article_id, n, sentence, trigger, start, "end", type, mode, modality,'
            " location, time, date, date_origin, month_day, event_id, issues, lemma, tense, time_ref, first_claim,"
            " companions, kind, earlier, ordinal, joins, occasion)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_evidence_row(e) for e in evidence])
        self.db.executemany(
            "INSERT INTO event_mention_parties (article_id, n, role, position, entity_id) VALUES (?, ?, ?, ?, ?)",
            [(e.article_id, e.n, role, position, entity_id) for e in evidence
             for role, ids in (("actor", e.actors), ("target", e.targets), ("source", e.attribution))
             for position, entity_id in enumerate(ids)])
        self.db.executemany(
            "INSERT INTO anchors (article_id, date, kind) VALUES (?, ?, ?) ON CONFLICT (article_id)"
            " DO UPDATE SET date = excluded.date, kind = excluded.kind",
            [(a, anchor.date.iso(), anchor.kind.value) for a, anchor in delta.anchors])
        self.db.executemany(  # written once: an article's first time does not change (migration 0016)
            "INSERT INTO leads (article_id, time) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING",
            [(a, json.dumps(asdict(lead))) for a, lead in delta.leads])
        # the positions of these articles take their dates from this evidence and these anchors (migration 0012)
        touched = set(delta.articles) | {e.article_id for e in evidence} | {a for a, _ in delta.anchors}
        dated_again(self.db, sorted(touched))

    def save(self, delta: EventDelta) -> None:
        """Write the events' rows (date, summary, participants, conflicts, the one outlet reporting each) and
        delete those merged away, one statement per table for all of them; the outlets' counts of the events only
        they report follow (migration 0012)."""
        events = delta.rows
        exclusive_before = self._exclusive([e.id for e in events] + list(delta.removed))
        written = [e.id for e in events] + list(delta.removed)
        network_before = participants(self.db, written)  # their share of the network's counts (migration 0013)
        issues_before = self._issue_events(written)
        self.db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in delta.removed])
        self.db.executemany(
            "INSERT INTO events (id, type, mode, modality, date, date_precision, location, summary, sources, articles,"
            " has_conflict, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " type = excluded.type, mode = excluded.mode, modality = excluded.modality, date = excluded.date,"
            " date_precision = excluded.date_precision, location = excluded.location, summary = excluded.summary,"
            " sources = excluded.sources, articles = excluded.articles, has_conflict = excluded.has_conflict,"
            " kind = excluded.kind",
            [(e.id, e.type.value if e.type else None, e.mode.value if e.mode else None, e.modality.value,
              e.date.iso() if e.date else None,
              e.date.precision.value if e.date else None, e.location, e.summary, e.sources, e.articles,
              int(bool(e.conflicts)), e.kind) for e in events])
        ids = [(e.id,) for e in events]
        self.db.executemany("DELETE FROM event_entities WHERE event_id = ?", ids)
        self.db.executemany(
            "INSERT INTO event_entities (event_id, entity_id, role, rank) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [row for e in events for row in _participant_rows(e)])
        self.db.executemany("DELETE FROM event_issues WHERE event_id = ?", ids)
        self.db.executemany("INSERT INTO event_issues (event_id, issue_id) VALUES (?, ?)",
                            [(e.id, issue) for e in events for issue in e.issues])
        self.db.executemany("DELETE FROM conflicts WHERE event_id = ?", ids)
        self.db.executemany('INSERT INTO conflicts (event_id, field, "values") VALUES (?, ?, ?)',
                            [(e.id, c.field, json.dumps(c.values)) for e in events for c in e.conflicts])
        # the one outlet of each event's sources: a pass over its own evidence (written before its row)
        self.db.executemany(f"UPDATE events SET outlet = ({_ONE_OUTLET}) WHERE id = ?", ids)
        OutletCounts(self.db).exclusive_changed(exclusive_before, self._exclusive([e.id for e in events]))
        network_changed(self.db, network_before, participants(self.db, written))
        issue_events_changed(self.db, issues_before, self._issue_events(written))

    def _issue_events(self, ids: list[str]) -> Counter[str]:
        """Of these events, how many each issue tags."""
        found: Counter[str] = Counter()
        ids = sorted(set(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            if chunk:
                found.update(r[0] for r in self.db.execute(
                    f"SELECT issue_id FROM event_issues WHERE event_id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def _exclusive(self, ids: list[str]) -> dict[str, str]:
        """Of these events, those dated and reported as having happened that one outlet alone reports: id -> outlet."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update((r[0], r[1]) for r in self.db.execute(
                f"SELECT id, outlet FROM events WHERE id IN ({','.join('?' * len(chunk))}) AND outlet IS NOT NULL"
                " AND date IS NOT NULL AND modality = 'asserted'", chunk))
        return found

    def rename_entity(self, absorbed: str, into: str) -> None:
        # the events the absorbed actor takes part in: their share of the network's counts moves (migration 0013)
        touched = [r[0] for r in self.db.execute(
            "SELECT DISTINCT event_id FROM event_entities WHERE entity_id = ?", (absorbed,))]
        network_before = participants(self.db, touched)
        # An event that had both keeps one row per role: the absorbed entity's goes (event_entities is the only
        # table whose key holds the entity).
        self.db.execute(
            "DELETE FROM event_entities WHERE entity_id = ? AND EXISTS (SELECT 1 FROM event_entities o"
            " WHERE o.event_id = event_entities.event_id AND o.role = event_entities.role AND o.entity_id = ?)",
            (absorbed, into))
        for table, column in (("event_mention_parties", "entity_id"), ("event_entities", "entity_id"),
                              ("event_mentions", "location"), ("events", "location")):
            self.db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (into, absorbed))
        network_changed(self.db, network_before, participants(self.db, touched))



def stored_time(text: str | None) -> TimeExpr | None:
    if not text:
        return None
    data = json.loads(text)
    data["kind"] = TimeKind(data["kind"])
    return TimeExpr(**data)


def _occasion(text: str | None) -> Occasion | None:
    """The occasion a mention names, as stored (migration 0016): its phrase's parties as entity ids beside it, the
    mention indices it was extracted with not kept."""
    if not text:
        return None
    data = json.loads(text)
    return Occasion(data["preposition"], data["word"], EventType(data["type"]),
                    Mode(data["mode"]) if data["mode"] else None)


def _occasion_text(e: EvidenceRecord) -> str | None:
    if e.occasion is None:
        return None
    o = e.occasion
    return json.dumps({"preposition": o.preposition, "word": o.word, "type": o.type.value,
                       "mode": o.mode.value if o.mode else None, "entities": list(e.occasion_parties)})


def _month_day(text: str | None) -> tuple[int, int | None] | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else None)


def _month_day_text(value: tuple[int, int | None] | None) -> str | None:
    if value is None:
        return None
    month, day = value
    return f"{month:02d}-{day:02d}" if day else f"{month:02d}"


def _evidence_row(e: EvidenceRecord) -> tuple[object, ...]:
    return (e.article_id, e.n, e.sentence, e.trigger, e.start, e.end, e.type.value if e.type else None,
            e.mode.value if e.mode else None,
            e.modality.value, e.location, json.dumps(asdict(e.time)) if e.time else None,
            e.date.iso() if e.date else None, e.date_origin.value,
            _month_day_text(e.month_day), e.event_id, json.dumps(list(e.issues)), e.lemma, e.tense, e.time_ref,
            int(e.first_claim), json.dumps(list(e.companions)), e.kind, int(e.earlier), e.ordinal, int(e.joins),
            _occasion_text(e))


def _participant_rows(event: EventRecord) -> list[tuple[str, str, str, int]]:
    """Its actors and targets by rank, and its place."""
    rows = [(event.id, entity_id, role, rank) for role, ids in (("actor", event.actors), ("target", event.targets))
            for rank, entity_id in enumerate(ids)]
    if event.location:
        rows.append((event.id, event.location, "location", 0))
    return rows
