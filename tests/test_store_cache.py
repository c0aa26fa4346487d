"""The store's version and what readers keep per version: kept until the next write, never kept inside a write,
told apart from another store at the same place; whole-store aggregates may lag a store being written by at most
LAG_SECONDS."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from dossier.models import Article, Origin, Sentence, Sourced
from dossier.read.normalise import article_id
from dossier.store import cache as kept
from dossier.store import open_reader, open_store
from tests.helpers.stores import Location

pytestmark = pytest.mark.store


def _article(text: str, outlet: str = "Orontes Wire") -> Article:
    return Article(id=article_id(text), text=text, source_path=f"{outlet}.txt", title=Sourced("A", Origin.METADATA),
                   outlet=Sourced(outlet, Origin.METADATA), url=Sourced(None, Origin.UNKNOWN), published=None,
                   published_origin=Origin.UNKNOWN)


def _tagged(writer: Any, text: str, outlet: str) -> None:
    """Store an article of one sentence tagged with the issue 'aid' (in one transaction)."""
    article = _article(text, outlet)
    with writer.transaction():
        writer.articles.add(article)
        writer.actors.save_analysis(article.id, [Sentence(0, 0, len(text), text, 0, (), None)], [], [])
        writer.issues.save_article(article.id, {0: ("aid",)}, [], [], [], [])


def _aid_articles(reader: Any) -> int:
    """The issue board's count of articles tagged 'aid' (a lagging aggregate: the issue board)."""
    return int(reader.issues.counts().get("aid", {}).get("articles", 0))


def test_each_write_transaction_moves_the_version_and_reads_do_not(db: Location) -> None:
    store = open_store(db)
    try:
        before = store.version()
        assert before is not None
        store.stats()
        assert store.version() == before, "reading writes nothing"
        with store.transaction():
            store.articles.add(_article("Envoys from two capitals met at the border crossing on Monday."))
            assert store.version() is None, "inside a write nothing is kept"
        after = store.version()
        assert after is not None and after[:2] == before[:2] and after[2] == before[2] + 1
    finally:
        store.close()


def test_a_reader_keeps_counts_until_the_next_write(db: Location) -> None:
    writer = open_store(db)
    reader = open_reader(db)
    try:
        assert reader.stats()["articles"] == 0
        with writer.transaction():
            writer.articles.add(_article("A ferry resumed service between the two ports after a long pause."))
        assert reader.stats()["articles"] == 1, "the write moved the version: counted again"
        assert reader.articles.outlet_counts() == [("Orontes Wire", 1)]
        assert reader.stats() is reader.stats(), "the same version: the kept result"
    finally:
        reader.close()
        writer.close()


@pytest.mark.sqlite_only("a file deleted and built again at the same path")
def test_another_store_at_the_same_place_is_not_mistaken_for_the_first(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    store = open_store(path)
    assert store.stats()["articles"] == 0
    first = store.version()
    store.close()
    for made in tmp_path.glob("again.db*"):
        made.unlink()
    store = open_store(path)
    try:
        version = store.version()
        assert version is not None and first is not None and version[1] != first[1], "a new epoch"
        with store.transaction():
            store.articles.add(_article("Grain lorries crossed the northern border for the first time in months."))
        assert store.stats()["articles"] == 1
    finally:
        store.close()


def test_whole_store_aggregates_lag_a_write_by_at_most_the_allowed_time(db: Location,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    writer = open_store(db)
    reader = open_reader(db)
    try:
        _tagged(writer, "The two ministers spoke by phone about the grain corridor.", "Volga Herald")
        assert _aid_articles(reader) == 1
        assert [o["outlet"] for o in reader.outlets.report()] == ["Volga Herald"]
        _tagged(writer, "A new round of talks opened in a lakeside town.", "Levant Ledger")
        assert reader.stats()["outlets"] == 2, "counts are exact"
        assert len(reader.outlets.report()) == 2, "the outlets compared too (read from kept counts, exact)"
        assert _aid_articles(reader) == 1, "the issue board may lag a write for a while"
        monkeypatch.setattr(kept, "LAG_SECONDS", 0.0)
        assert _aid_articles(reader) == 2, "then caught up"
    finally:
        reader.close()
        writer.close()


def test_a_server_refreshes_a_stale_aggregate_off_the_request(db: Location, monkeypatch: pytest.MonkeyPatch) -> None:
    """With refresh in the background (`dossier serve`), the request that finds the issue board stale answers
    the earlier result at once; a thread of its own computes the new one, which later requests get."""
    writer = open_store(db)
    reader = open_reader(db)
    kept.refresh_in_background(True)
    try:
        _tagged(writer, "Two delegations toured the rebuilt market hall on Sunday.", "Volga Herald")
        assert _aid_articles(reader) == 1
        _tagged(writer, "Port workers unloaded a cargo of seed wheat at dawn.", "Levant Ledger")
        monkeypatch.setattr(kept, "LAG_SECONDS", 0.0)
        assert _aid_articles(reader) == 1, "the stale result, answered at once"
        deadline = time.monotonic() + 30
        while _aid_articles(reader) == 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _aid_articles(reader) == 2, "refreshed"
    finally:
        kept.refresh_in_background(False)
        reader.close()
        writer.close()
