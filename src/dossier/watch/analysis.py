"""Analysing what a poll stored, through the same analysis as `dossier ingest` and `dossier analyse`.

The model is loaded at the first poll that has something to analyse and kept for the later ones (in this
process, or in `workers` processes that live as long as the watch); a poll with nothing new loads nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from dossier.packs import Pack
from dossier.store import Store

if TYPE_CHECKING:
    from dossier.pipeline import Kept, ProcessReport

P = ParamSpec("P")
T = TypeVar("T")


def analyse_pending(store: Store, pack: Pack, pool: Executor, workers: int, keep: Kept | None = None) -> ProcessReport:
    """The one call into the analysis stage (read -> analyse -> extract -> resolve -> store) for every stored
    article not analysed yet; with `keep`, resolution's state is kept between calls (not loaded from the store for
    each poll)."""
    from dossier.pipeline import process_pending

    return process_pending(store, pack, workers=workers, pool=pool, keep=keep)


def bind_pack(store: Store, pack: Pack) -> None:
    """Refuse, before anything is read, a pack other than the one the store was analysed with."""
    from dossier.pipeline import bind_pack as bind

    bind(store, pack)


@dataclass
class AnalysisResult:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    new_events: int = 0  # from the change log: new events still standing after the analysis
    new_conflicts: int = 0  # events whose sources came to disagree on something
    interrupted: bool = False
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)  # per kind of change (store.changes.CHANGE_KINDS)
    changes: tuple[int, int] = (0, 0)  # the change log's ids this analysis recorded: (after, upto]


class Analyser:
    """Analyses the articles a poll stored, with the model and resolution's state (entities, events) kept between
    polls: a poll loads neither again (unless another process analysed the store meanwhile)."""

    def __init__(self, store: Store, pack: Pack, workers: int = 1) -> None:
        from dossier.pipeline import Kept

        self.store, self.pack, self.workers = store, pack, workers
        self._pool: Executor | None = None
        self.kept = Kept()

    def has_work(self) -> bool:
        return self.store.pending_count() > 0

    def __call__(self) -> AnalysisResult:
        started = time.perf_counter()
        before = self.store.changelog.last_change_id()
        report = analyse_pending(self.store, self.pack, self._executor(), self.workers, self.kept)
        after = self.store.changelog.last_change_id()
        counts = self.store.changelog.change_counts(before, after)  # exact: what the change log recorded
        return AnalysisResult(report.analysed, list(report.failed), counts["event"], counts["conflict"],
                              report.interrupted, time.perf_counter() - started, counts, (before, after))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _executor(self) -> Executor:
        if self._pool is None:
            if self.workers > 1:
                from dossier.pipeline import worker_init
                from dossier.workers import process_pool

                self._pool = process_pool(self.workers, worker_init, (self.pack,))  # spawned, die with this one
            else:
                self._pool = InProcess()
        return self._pool


class InProcess(Executor):
    """An executor that runs each task at once in this process: the analysis's worker tasks keep their model
    loaded here between polls, as a pool worker keeps its own."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as bad:
            future.set_exception(bad)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        return None
