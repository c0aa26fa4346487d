"""Blocking for event merging: a mention is compared with few events however large the corpus grows, and
never loses one it would have merged with."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.analyse import analyse
from dossier.extract import Extraction, extract
from dossier.models import Article, PartialDate
from dossier.packs import load_pack
from dossier.read import discover, read_file
from dossier.resolve.events.blocking import BlockIndex, event_keys, exact_keys, nearby_keys
from dossier.resolve.events.candidates import blocked, candidates
from dossier.resolve.events.merging import fit
from dossier.resolve.resolver import Resolver
from tests.conftest import EXAMPLES, SEEDS
from tests.helpers.pipeline import pipeline


def day(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def test_a_date_finds_events_at_its_precision_and_coarser_and_a_month_its_days() -> None:
    index = BlockIndex()
    for event_id, when in (("day", "2025-03-13"), ("month", "2025-03"), ("year", "2025"), ("other", "2025-03-14"),
                           ("before", "2024-03-13"), ("april", "2025-04-01"), ("feb", "2025-02-28")):
        index.file(event_id, event_keys("CONSULT", ["russia"], day(when), []))
    assert index.find(exact_keys("CONSULT", ["russia"], day("2025-03-13"))) == {"day", "month", "year"}
    assert index.find(exact_keys("CONSULT", ["russia"], day("2025-03"))) == {"month", "year", "day", "other"}, \
        "March holds the 13th and the 14th, not 28 February nor 1 April"
    assert index.find(exact_keys("CONSULT", ["russia"], day("2025"))) == {"year"}, "a year's days are not looked up"
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


def corpus_extractions(corpus: Path) -> list[Extraction]:
    """Each article of a folder, analysed and extracted (in the order an ingest stores them)."""
    nlp, pack = pipeline()
    articles = [a for path in discover([corpus]) if isinstance(path, Path)
                for a in read_file(path) if isinstance(a, Article)]
    return [extract(analysed, pack) for analysed in analyse(articles, nlp)]


@pytest.mark.parametrize("corpus", [EXAMPLES, SEEDS], ids=["examples", "seeds"])
def test_the_cheap_bound_never_drops_an_event_a_mention_fits(corpus: Path) -> None:
    """After each article, every event in the blocks of each of its mentions that `fit` would accept is among
    its candidates, the blocks taken wide (every event of its entities at the dates it could match, not only
    those an undated mention could firmly match)."""
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not beside this checkout")
    resolver = Resolver(load_pack("syria-russia"))
    checked = narrowed = 0
    dropped: list[tuple[str, str]] = []
    for extraction in corpus_extractions(corpus):
        resolver.add(extraction)
        state = resolver.events.state
        for item in state.by_article[extraction.article_id]:
            kept = set(candidates(state, item))
            wide = blocked(state, item, merging=False)
            narrowed += len(blocked(state, item)) < len(wide)
            dropped += [(item.trigger, c) for c in wide - kept if fit(state, item, state.events[c]) > 0]
            checked += 1
    assert checked > 100 and dropped == []
    if corpus == EXAMPLES:  # (on the seeds no undated mention has events to leave out since capitals act as states)
        assert narrowed > 0, "undated mentions look only at the events they could firmly match"
