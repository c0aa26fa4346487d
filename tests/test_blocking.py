"""Blocking for event merging: a mention is compared with few events however large the corpus grows, and
never loses one it would have merged with."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ingest import ingest
from dossier.models import PartialDate
from dossier.packs import load_pack
from dossier.process import process_pending
from dossier.resolve.blocking import BlockIndex, event_keys, exact_keys, nearby_keys
from dossier.resolve.events import EventResolver, Evidence
from dossier.store import open_store
from tests.conftest import EXAMPLES, SEEDS


def day(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def test_a_date_finds_events_at_its_precision_and_coarser() -> None:
    index = BlockIndex()
    for event_id, when in (("day", "2025-03-13"), ("month", "2025-03"), ("year", "2025"), ("other", "2025-03-14"),
                           ("before", "2024-03-13")):
        index.file(event_id, event_keys("CONSULT", ["russia"], day(when), []))
    assert index.find(exact_keys("CONSULT", ["russia"], day("2025-03-13"))) == {"day", "month", "year"}
    assert index.find(exact_keys("CONSULT", ["russia"], day("2025-03"))) == {"month", "year"}
    assert index.find(exact_keys("AGREE", ["russia"], day("2025-03-13"))) == set()


def test_a_named_party_looks_a_week_around_and_an_undated_mention_two_weeks_back() -> None:
    index = BlockIndex()
    days = [f"2025-03-{d:02d}" for d in range(1, 32)]
    for n, iso in enumerate(days):
        index.file(f"d{n}", event_keys("CONSULT", ["vladimir_putin"], day(iso), []))
    near = index.find(nearby_keys("CONSULT", ["vladimir_putin"], day("2025-03-15"), None))
    assert {f"d{n}" for n in range(7, 22)} <= near and not {"d0", "d30"} & near, "a week either side"
    undated = index.find(nearby_keys("CONSULT", ["vladimir_putin"], None, day("2025-03-20")))
    assert {f"d{n}" for n in range(5, 20)} <= undated and "d25" not in undated, "two weeks before the article"


def test_an_undated_event_is_found_by_the_week_its_articles_were_written() -> None:
    index = BlockIndex()
    index.file("undated", event_keys("CONSULT", ["vladimir_putin"], None, [day("2025-03-16")]))
    assert "undated" in index.find(nearby_keys("CONSULT", ["vladimir_putin"], day("2025-03-13"), None))
    assert "undated" not in index.find(nearby_keys("CONSULT", ["vladimir_putin"], day("2025-02-13"), None))


@pytest.mark.parametrize("corpus", [EXAMPLES, SEEDS], ids=["examples", "seeds"])
def test_the_cheap_bound_never_drops_an_event_a_mention_fits(corpus: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Every event in a mention's blocks that `_fit` would accept is among its candidates, the blocks
    taken wide (every event of its entities at the dates it could match, not only those an undated
    mention could firmly match)."""
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not beside this checkout")
    candidates = EventResolver._candidates
    checked, narrowed, dropped = [0], [0], []

    def checking(self: EventResolver, item: Evidence, merging: bool = True) -> list[str]:
        kept = candidates(self, item, merging)
        if merging:  # else the bound is looser still: any event of the story, to borrow dates from
            blocked = self._blocked(item, merging=False)
            narrowed[0] += len(self._blocked(item)) < len(blocked)
            dropped.extend((item.trigger, c) for c in blocked - set(kept) if self._fit(item, self.events[c]) > 0)
            checked[0] += 1
        return kept

    monkeypatch.setattr(EventResolver, "_candidates", checking)
    store = open_store(tmp_path / "x.db")
    ingest([corpus], store)
    process_pending(store, load_pack("syria-russia"))
    assert checked[0] > 100 and dropped == []
    if corpus == EXAMPLES:  # (on the seeds no undated mention has events to leave out since capitals act as states)
        assert narrowed[0] > 0, "undated mentions look only at the events they could firmly match"
