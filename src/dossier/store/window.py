"""Older events on demand, for a process that keeps only recent events in memory (`dossier watch`): the events
dated near some days (and the undated ones whose articles were written near them: they are filed under those
days), with every article that reports them not held whole and every other event not held those articles
report, until the set is closed (so that what is loaded back, added to what is held, is whole)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, timedelta

from dossier.models import Anchor, AnchorKind, EvidenceRecord, PartialDate, StoredEvents
from dossier.store.events import evidence_record
from dossier.store.part import Part

CHUNK = 500


class WindowStore(Part):
    """Events near some days, loaded back for a long stream's window (`store.window`)."""

    def events_near(self, days: Iterable[date], margin: int, held_events: Collection[str],
                    held_articles: Collection[str], most: int = 5000) -> StoredEvents | None:
        """The stored events dated within `margin` days of any of `days` (or to their month or year), or undated and
        reported by an article written within `margin` days of one, that are not held in memory, closed over the
        articles reporting them that are not held whole (`held_articles`); None when nothing is to be loaded, or
        when the closed set would pass `most` events (then nothing is loaded: resolution goes on with what it
        holds)."""
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
        events = seeds - set(held_events)
        articles: set[str] = set()
        frontier = set(events)
        while frontier:
            found = self._linked("article_id", "event_id", frontier) - articles - set(held_articles)
            articles |= found
            frontier = self._linked("event_id", "article_id", found) - events - set(held_events) if found else set()
            events |= frontier
            if len(events) > most:
                return None
        if not events:
            return None
        return StoredEvents(self._evidence_of(sorted(articles), events), self._anchors_of(sorted(articles)),
                            self._conflicts_of(sorted(events)))

    def _linked(self, want: str, by: str, ids: set[str]) -> set[str]:
        found: set[str] = set()
        listed = sorted(ids)
        for start in range(0, len(listed), CHUNK):
            chunk = listed[start:start + CHUNK]
            found.update(row[0] for row in self.db.execute(
                f"SELECT DISTINCT {want} FROM event_mentions WHERE {by} IN ({', '.join('?' * len(chunk))})"
                f" AND {want} IS NOT NULL", chunk))
        return found

    def _evidence_of(self, articles: list[str], events: set[str]) -> list[EvidenceRecord]:
        found: list[EvidenceRecord] = []
        for start in range(0, len(articles), CHUNK):
            chunk = articles[start:start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            parties: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(
                lambda: {"actor": [], "target": [], "source": []})
            for row in self.db.execute(
                    "SELECT article_id, n, role, entity_id FROM event_mention_parties"
                    f" WHERE article_id IN ({marks}) ORDER BY article_id, n, role, position", chunk):
                parties[(row[0], row[1])][row[2]].append(row[3])
            for row in self.db.execute(f"SELECT * FROM event_mentions WHERE article_id IN ({marks})"
                                       " ORDER BY article_id, n", chunk):
                if row["event_id"] not in events:
                    continue
                found.append(evidence_record(row, parties[(row["article_id"], row["n"])]))
        return found

    def _anchors_of(self, articles: list[str]) -> dict[str, Anchor]:
        found: dict[str, Anchor] = {}
        for start in range(0, len(articles), CHUNK):
            chunk = articles[start:start + CHUNK]
            for article_id, day, kind in self.db.execute(
                    f"SELECT article_id, date, kind FROM anchors WHERE article_id IN ({', '.join('?' * len(chunk))})",
                    chunk):
                found[article_id] = Anchor(PartialDate.from_iso(day), AnchorKind(kind))
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
