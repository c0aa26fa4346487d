"""An eighth story, no pack: our own seven articles on the dispute between Ethiopia and Somalia over Ethiopia's
memorandum with Somaliland, from its signing on 1 January 2024 to the Ankara Declaration of 11 December 2024 and
Hassan Sheikh Mohamud's visit to Addis Ababa in January 2025 (tests/data/eighth_story, gold written and committed
before Dossier was run on them), ingested with `--pack none` and scored with `dossier eval`, the way the hidden
"another story" set is scored.

Written and annotated blind and first scored blind at main 0d9cedd (branch h26eighth); held in reserve until
the sixteenth rounds made the seventh story a development set; held out since. Floors sit about 0.03 under the
figures measured; they only go up.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts
from tests.helpers.scored import story_scores as scored_story

STORY = DATA / "eighth_story"


@pytest.fixture(scope="module")
def story_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return scored_story(STORY, tmp_path_factory.mktemp("eighth_story") / "story.db", 7)  # the .md and .html too


def test_the_corpus_is_ours_and_its_gold_quotes_its_texts() -> None:
    assert {p.suffix for p in (STORY / "articles").iterdir()} == {".txt", ".md", ".html"}
    check_gold_quotes_its_texts(STORY, {"date", "participants", "who_said", "spelling"}, undated=2)


def test_entities_of_an_eighth_story(story_scores: dict[str, float]) -> None:
    # measured 0.842 blind (main 0d9cedd); 0.889 on the same store once four aliases no article uses on its own
    # ("Addis", "al-Sisi", "Waddani") or uses for two bodies ("The foreign ministry") left the gold (README)
    assert story_scores["entity_bcubed_f1"] >= 0.86
    assert story_scores["entity_type_accuracy"] >= 0.82  # measured 0.836 blind; 0.852 after that correction


def test_events_of_an_eighth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["event_recall"] >= 0.58  # measured 0.617 blind (main 0d9cedd)
    assert story_scores["event_precision"] >= 0.68  # measured 0.710 blind
    assert story_scores["events_per_fact"] <= 1.50  # measured 1.46 blind (gold 1.80; lower is better)
    assert story_scores["event_date_accuracy"] >= 0.42  # measured 0.457 blind
    assert story_scores["event_type_accuracy"] >= 0.67  # measured 0.706 blind
    assert story_scores["event_merge_coverage"] >= 0.21  # measured 0.246 blind


def test_quotes_of_an_eighth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["quote_recall"] >= 0.97  # measured 1.0 blind
    assert story_scores["speaker_accuracy"] >= 0.84  # measured 0.875 blind (14 of 16)
