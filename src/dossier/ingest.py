"""The ingest job: read files and web addresses, store each new article in its own transaction, report what
happened.

Interrupting it (Ctrl-C, SIGTERM) rolls back the article being written and returns the
report so far: the database holds only whole articles and a re-run completes the job.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dossier.models import Article, Rejection
from dossier.read import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, discover, is_url, read_address, read_file
from dossier.store import StoreWriter

ProgressCallback = Callable[[str], None]


@dataclass
class IngestReport:
    files: int = 0
    read: int = 0  # articles read successfully
    new: int = 0  # of which stored for the first time
    known: int = 0  # of which already in the store
    rejected: list[Rejection] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def plan(paths: Iterable[str | Path]) -> tuple[list[Path | str], list[Rejection]]:
    """The files (and http(s) addresses, kept as strings) an ingest will read, and the paths rejected before
    reading (missing, special)."""
    files: list[Path | str] = []
    rejected: list[Rejection] = []
    for raw in paths:
        if is_url(raw):
            files.append(str(raw))
            continue
        for found in discover([raw]):
            if isinstance(found, Rejection):
                rejected.append(found)
            else:
                files.append(found)
    return files, rejected


def ingest(
    paths: Iterable[str | Path],
    store: StoreWriter,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    on_file_start: Callable[[int], None] | None = None,
    on_file_done: ProgressCallback | None = None,
) -> IngestReport:
    started = time.perf_counter()
    files, rejected = plan(paths)
    report = IngestReport(files=len(files), rejected=rejected)
    if on_file_start:
        on_file_start(len(files))
    try:
        for path in files:
            outcomes = [read_address(path, max_bytes, timeout)] if isinstance(path, str) else read_file(path, max_bytes)
            for outcome in outcomes:
                if isinstance(outcome, Rejection):
                    report.rejected.append(outcome)
                else:
                    _store(outcome, store, report)
            if on_file_done:
                on_file_done(str(path))
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.perf_counter() - started
    return report


def _store(article: Article, store: StoreWriter, report: IngestReport) -> None:
    report.read += 1
    with store.transaction():
        stored = store.articles.add(article)
    if stored:
        report.new += 1
    else:
        report.known += 1
