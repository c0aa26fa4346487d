"""Older events on demand, for a process that keeps only recent events in memory (`dossier watch`): the events
dated near some days (and the undated ones whose articles were written near them: they are filed under those
days), with the events tied to them by a date reference within an article ("after the talks, ..."), each with
all its evidence and its articles' anchors. An article may come back in part: resolution holds articles in
part (`EventState.thin`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, timedelta

from dossier.models import Anchor, AnchorKind, EvidenceRecord, PartialDate, StoredEvents, TimeExpr
from dossier.store.events import evidence_record, stored_time
from dossier.store.part import Part

CHUNK = 500


class WindowStore(Part):
    """Events near some days, loaded back for a long stream's window (`store.window`)."""

    def events_near(self, days: Iterable[date], margin: int, held_events: Collection[str],
                    most: int = 5000) -> StoredEvents | None:
        """The stored events dated within `margin` days of any of `days` (or to their month or year), or undated and
        reported by an article written within `margin` days of one, that are not held in memory, with the events
        a date reference ties to them; None when nothing is to be loaded, or when they would pass `most` events
        (then nothing is loaded: resolution goes on with what it holds)."""
        seeds: set[str] = set()
        for day in sorted(set(days)):
            start, end = (day - timedelta(days=margin)).isoformat(), (day + timedelta(days=margin)).isoformat()
            coarse = (str(day.year), f"{day.year:04d}-{day.month:02d}")
            seeds.update(row[0] for row in self.db.execute(
                "SELECT id FROM events WHERE (date >= ? AND date <= ?) OR date IN (?, ?)", (start, end, *coarse)))
            seeds.update(row[0] for row in self.db.execute(  # undated: filed under the days their articles were written
                "SELECT DISTINCT m.event_id FROM anchors a JOIN event_mentions m ON m.article_id = a.article_id"
                " JOIN events e ON e.id = m.event_id WHERE e.date IS NULL AND a.date >= ? AND a.date <= ?",
                (start, end)))
        held = set(held_events)
        events = seeds - held
        frontier = set(events)
        while frontier:
            frontier = self._tied(frontier) - events - held
            events |= frontier
            if len(events) > most:
                return None
        if not events:
            return None
        evidence = self._evidence_of(sorted(events))
        articles = sorted({e.article_id for e in evidence})
        return StoredEvents(evidence, self._anchors_of(articles), self._conflicts_of(sorted(events)),
                            self._leads_of(articles))

    def _tied(self, events: set[str]) -> set[str]:
        """The events of the mentions a mention of these refers to for its date, or that refer to one of these."""
        found: set[str] = set()
        listed = sorted(events)
        for start in range(0, len(listed), CHUNK):
            chunk = listed[start:start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            for mine, other in (("m", "r"), ("r", "m")):
                found.update(row[0] for row in self.db.execute(
                    f"SELECT DISTINCT {other}.event_id FROM event_mentions m JOIN event_mentions r"
                    f" ON r.article_id = m.article_id AND r.n = m.time_ref WHERE {mine}.event_id IN ({marks})"
                    f" AND {other}.event_id IS NOT NULL", chunk))
        return found

    def _evidence_of(self, events: list[str]) -> list[EvidenceRecord]:
        found: list[EvidenceRecord] = []
        for start in range(0, len(events), CHUNK):
            chunk = events[start:start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            parties: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(
                lambda: {"actor": [], "target": [], "source": []})
            for row in self.db.execute(
                    "SELECT p.article_id, p.n, p.role, p.entity_id FROM event_mention_parties p JOIN event_mentions m"
                    f" ON m.article_id = p.article_id AND m.n = p.n WHERE m.event_id IN ({marks})"
                    " ORDER BY p.article_id, p.n, p.role, p.position", chunk):
                parties[(row[0], row[1])][row[2]].append(row[3])
            for row in self.db.execute(f"SELECT * FROM event_mentions WHERE event_id IN ({marks})"
                                       " ORDER BY article_id, n", chunk):
                found.append(evidence_record(row, parties[(row["article_id"], row["n"])]))
        return sorted(found, key=lambda e: (e.article_id, e.n))

    def _anchors_of(self, articles: list[str]) -> dict[str, Anchor]:
        found: dict[str, Anchor] = {}
        for start in range(0, len(articles), CHUNK):
            chunk = articles[start:start + CHUNK]
            for article_id, day, kind in self.db.execute(
                    f"SELECT article_id, date, kind FROM anchors WHERE article_id IN ({', '.join('?' * len(chunk))})",
                    chunk):
                found[article_id] = Anchor(PartialDate.from_iso(day), AnchorKind(kind))
        return found

    def _leads_of(self, articles: list[str]) -> dict[str, TimeExpr]:
        found: dict[str, TimeExpr] = {}
        for start in range(0, len(articles), CHUNK):
            chunk = articles[start:start + CHUNK]
            for article_id, text in self.db.execute(
                    f"SELECT article_id, time FROM leads WHERE article_id IN ({', '.join('?' * len(chunk))})", chunk):
                if (lead := stored_time(text)) is not None:
                    found[article_id] = lead
        return found

    def _conflicts_of(self, events: list[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = defaultdict(list)
        for start in range(0, len(events), CHUNK):
            chunk = events[start:start + CHUNK]
            for event_id, field in self.db.execute(
                    f"SELECT event_id, field FROM conflicts WHERE event_id IN ({', '.join('?' * len(chunk))})"
                    " ORDER BY event_id, field", chunk):
                found[event_id].append(field)
        return {e: tuple(f) for e, f in found.items()}
