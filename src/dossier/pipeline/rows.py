"""The merged events' own rows (date, summary, participants, conflicts), written when due.

They are derived from the evidence, and an event reported by thousands of articles would be rewritten for
every batch. A batch writes the rows of the events it created and deletes those it merged away (so a
reader never meets evidence without its event); the changes to older events are written every few seconds
and at the end, an event with many sources only once it has grown by a tenth (its rows cost as much as its
evidence). Until then the meta flag `events_stale` is set in the same transactions, and a run that finds it
set (after a crash) rewrites them all.
"""

from __future__ import annotations

import time

from dossier.pipeline.changes import ChangeLog
from dossier.pipeline.window import Window
from dossier.resolve.changes import EventChanges
from dossier.resolve.resolver import Resolver
from dossier.store import StoreWriter


class EventRows:
    """The merged events' own rows, written when due rather than with every batch (see the module notes)."""

    EVERY_SECONDS = 5.0
    BIG = 50  # evidence items: an event this big is written again once it has grown by REGROW (or at the end)
    REGROW = 1.1

    def __init__(self, store: StoreWriter, resolver: Resolver, log: ChangeLog | None = None) -> None:
        self.store, self.resolver = store, resolver
        self.log = log or ChangeLog(store, resolver)  # the conflicts gained or lost go to the change log
        self.window: Window | None = None  # a long stream's window of recent events (pipeline/window.py)
        self.pending = EventChanges()
        self.written_at = time.monotonic()
        self.written_size: dict[str, int] = {}  # big events: how much evidence they had when last written

    def due(self) -> bool:
        return time.monotonic() - self.written_at >= self.EVERY_SECONDS

    def write(self, stages: dict[str, float], final: bool = False) -> None:
        started = time.perf_counter()
        now, self.pending = (self.pending, EventChanges()) if final else self._now_and_later()
        with self.store.transaction():
            delta = self.resolver.event_delta(now.changed, now.removed)
            self.store.events.save(delta)
            self.log.conflicts(delta)
            self.log.written(delta)
            if not self.pending.changed:  # else rows are behind the evidence until the final write
                self.store.set_meta("events_stale", "")
        self.written_at = time.monotonic()
        if final:
            self.log.forget()
        stages["store"] += time.perf_counter() - started

    def _now_and_later(self) -> tuple[EventChanges, EventChanges]:
        """The changes to write now, and those of big events that can wait until they have grown by a tenth.
        Writing an event costs as much as its evidence (participants, conflicts): rewriting an event
        reported by thousands of articles every few seconds made writing grow with the square of the
        corpus; this way each event's writes add up to a few times its size."""
        now, later = self.pending, EventChanges()
        for event_id in now.changed - now.removed:
            size = self.resolver.event_size(event_id)
            if size < self.BIG:
                continue
            if size < self.written_size.get(event_id, 0) * self.REGROW:
                later.changed.add(event_id)
            else:
                self.written_size[event_id] = size
        for event_id in now.removed:
            self.written_size.pop(event_id, None)
        now.changed -= later.changed
        return now, later

    def write_all(self, stages: dict[str, float]) -> None:
        """After a run that stopped before writing them: every event again."""
        current = self.resolver.event_ids()
        self.pending.changed |= current
        self.pending.removed |= self.store.events.ids() - current  # merged away in the lost rows
        self.write(stages, final=True)
