"""Bounded work per article: whatever one article holds, its analysis ends in bounded time and the article is kept.

The parse is bounded by `analyse` itself (at most MAX_ANALYSED_CHARS of an article, no sentence over
MAX_SENTENCE_TOKENS tokens). Extraction gets a time budget: past ARTICLE_SECONDS it is stopped and the article is
stored with its sentences (searchable, citable) but without actors, events or quotes, and a note saying so, rather
than stalling the run or being lost. The budget is a timer signal, so it applies where extraction runs on a
process's main thread (one process, or `--workers N`); on a Dask worker's thread the parse limits alone bound it.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from types import FrameType

from dossier.analyse import coverage_note
from dossier.extract import Extraction, extract
from dossier.models import AnalysedArticle
from dossier.packs import Pack

ARTICLE_SECONDS = float(os.environ.get("DOSSIER_ARTICLE_SECONDS", "30"))


class OverBudget(Exception):
    """Raised inside the work that ran past its time budget."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` have passed (on the main thread of a process; elsewhere the
    block runs unbounded)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_within_budget(analysed: AnalysedArticle, pack: Pack,
                          seconds: float = ARTICLE_SECONDS) -> tuple[Extraction, str | None]:
    """The article's extraction, and a note when it covers less than the article (its text was over the parse
    limit, or extraction ran out of time and only its sentences are kept)."""
    note = coverage_note(analysed)
    try:
        with time_budget(seconds):
            return extract(analysed, pack), note
    except OverBudget:
        stopped = (f"extraction stopped after {seconds:g} s (the time budget of one article): its sentences are"
                   " stored without actors, events or quotes")
        return sentences_only(analysed), "; ".join(filter(None, (note, stopped)))


def sentences_only(analysed: AnalysedArticle) -> Extraction:
    """An extraction that keeps the article's sentences and nothing found in them."""
    sentences = tuple(replace(s, tokens=()) for s in analysed.sentences)
    return Extraction(replace(analysed.article, text=""), sentences, [], [], [], [], [], {})
