"""The watch loop: poll the sources that are due, analyse what they brought, report, sleep until the next one.

Each source keeps its own schedule: polled every `every` seconds while it answers, and after a failure
retried with exponential backoff (schedule.retry_delay) while the others keep their rhythm. A poll hands its
`PollReport` to `on_poll`: the command prints it, and whatever is later built on polls (the change log of
what each poll changed, a notify command) receives the same record. Ctrl-C (or SIGTERM turned into it)
stops the loop: while it waits, at once; during a poll, after the transaction in flight is rolled back, so
the store holds whole articles and the next poll completes the work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from dossier.errors import DossierError
from dossier.store import Store
from dossier.watch.analysis import Analyser, AnalysisResult
from dossier.watch.schedule import retry_delay
from dossier.watch.sources import Limits, Source, SourceResult, poll_source


class Ending(StrEnum):
    DONE = "done"  # --once: the poll finished
    STOPPED = "stopped"  # Ctrl-C or SIGTERM between polls
    INTERRUPTED = "interrupted"  # ... during a poll: what was stored is whole, the rest waits for the next poll


@dataclass
class PollReport:
    """What one poll did: per source what it read, and what analysing it added."""

    number: int
    at: str  # when the poll started (UTC, ISO 8601)
    sources: list[SourceResult] = field(default_factory=list)
    analysis: AnalysisResult | None = None
    interrupted: bool = False
    analysis_error: str | None = None  # the analysis could not run (another one holds the store): next poll
    seconds: float = 0.0
    # What the poll changed in the dossier (new events, sources, dates, conflicts, stances, actors), from the change
    # log, as `dossier changes --json` shows them (the command that watches fills them, through the query layer).
    changes: list[dict[str, Any]] = field(default_factory=list)
    notify_error: str | None = None  # the notify command failed (the watch goes on)

    @property
    def new_articles(self) -> int:
        return sum(result.new for result in self.sources)

    @property
    def down(self) -> list[SourceResult]:
        return [result for result in self.sources if result.error is not None]

    def as_json(self) -> dict[str, Any]:
        analysis = self.analysis or AnalysisResult()
        return {
            "poll": self.number,
            "at": self.at,
            "seconds": round(self.seconds, 3),
            "new_articles": self.new_articles,
            "analysed": analysis.analysed,
            "new_events": analysis.new_events,
            "new_conflicts": analysis.new_conflicts,
            "counts": dict(analysis.counts),
            "sources": [_source_json(result) for result in self.sources],
            "analysis_failed": [{"article": a, "reason": r} for a, r in analysis.failed],
            "analysis_error": self.analysis_error,
            "interrupted": self.interrupted,
            "changes": self.changes,
            "notify_error": self.notify_error,
        }


def _source_json(result: SourceResult) -> dict[str, Any]:
    return {
        "source": result.source,
        "kind": result.kind,
        "new": result.new,
        "already_known": result.known,
        "new_articles": result.new_ids,
        "not_modified": result.not_modified,
        "error": result.error,
        "retry_in": None if result.retry_in is None else round(result.retry_in, 1),
        "rejected": [{"entry": r.source_path, "reason": r.reason} for r in result.rejected],
        "retry": [{"entry": r.source_path, "reason": r.reason} for r in result.retry],
        "seconds": round(result.seconds, 3),
    }


Describe = Callable[[int, int], list[dict[str, Any]]]  # the change log's entries with ids in (after, upto], as JSON
Notify = Callable[[dict[str, Any]], str | None]  # runs with a poll's JSON; None, or why it failed


class Watcher:
    def __init__(self, sources: Sequence[Source], store: Store, limits: Limits, every: float,
                 analyser: Analyser | None, on_poll: Callable[[PollReport], None],
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                 describe: Describe | None = None, notify: Notify | None = None) -> None:
        self.sources, self.store, self.limits, self.every = list(sources), store, limits, every
        self.analyser, self.on_poll, self.clock, self.sleep = analyser, on_poll, clock, sleep
        self.describe, self.notify = describe, notify
        self.due = {source.name: 0.0 for source in self.sources}  # clock time each source is next polled
        self.polls = 0
        self.last: PollReport | None = None

    def run(self, *, once: bool = False) -> Ending:
        """Poll until stopped (or once)."""
        try:
            while True:
                report = self.poll()
                self.on_poll(report)
                if report.interrupted:
                    return Ending.INTERRUPTED
                if once:
                    return Ending.DONE
                self.sleep(max(0.0, self.next_due() - self.clock()))
        except KeyboardInterrupt:
            return Ending.STOPPED

    def next_due(self) -> float:
        return min(self.due.values())

    def poll(self) -> PollReport:
        """Poll every source that is due (all of them the first time), then analyse what is new."""
        self.polls += 1
        started = time.perf_counter()
        report = PollReport(self.polls, datetime.now(UTC).isoformat(timespec="seconds"))
        try:
            now = self.clock()
            for source in [s for s in self.sources if self.due[s.name] <= now]:
                result = poll_source(source, self.store, self.limits)
                report.sources.append(result)
                self._schedule(source, result)
            if self.analyser is not None and (report.new_articles or self.analyser.has_work()):
                try:
                    report.analysis = self.analyser()
                    report.interrupted = report.analysis.interrupted
                except DossierError as busy:  # another analysis holds the store: what is stored waits for the next
                    report.analysis_error = str(busy)
            if report.analysis is not None and self.describe is not None:
                after, upto = report.analysis.changes
                if upto > after:
                    report.changes = self.describe(after, upto)
        except KeyboardInterrupt:
            report.interrupted = True
        report.seconds = time.perf_counter() - started
        if report.changes and self.notify is not None:
            report.notify_error = self.notify(report.as_json())
        self.last = report
        return report

    def _schedule(self, source: Source, result: SourceResult) -> None:
        if result.error is None:
            self.due[source.name] = self.clock() + self.every
            return
        with self.store.transaction():
            failures = self.store.source_failed(source.name, source.kind, result.error)
        result.retry_in = retry_delay(failures, self.every)
        self.due[source.name] = self.clock() + result.retry_in
