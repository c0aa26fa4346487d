"""A sixth story, no pack: our own seven articles on Sudan's war in 2025, from the army's retaking of Khartoum in
March to the fall of El Fasher in October and the truce declarations of November (tests/data/sixth_story, gold
written and committed before Dossier was run on them), ingested with `--pack none` and scored with `dossier eval`,
the way the hidden "another story" set is scored.

Written and annotated blind and first scored blind at main fa5bcd7 (branch h24sixth); held out through the
fourteenth rounds. A development set since the fifteenth: their briefs named failure classes of its blind run, so
its figures stopped being blind (the seventh story took its place). Floors sit about 0.03 under the blind run.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts
from tests.helpers.scored import story_scores as scored_story

STORY = DATA / "sixth_story"


@pytest.fixture(scope="module")
def story_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return scored_story(STORY, tmp_path_factory.mktemp("sixth_story") / "story.db", 7)  # the .md and .html too


def test_the_corpus_is_ours_and_its_gold_quotes_its_texts() -> None:
    assert {p.suffix for p in (STORY / "articles").iterdir()} == {".txt", ".md", ".html"}
    check_gold_quotes_its_texts(STORY, {"date", "participants", "who_led", "spelling"}, undated=2)


def test_entities_of_a_sixth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["entity_bcubed_f1"] >= 0.89  # measured 0.922 blind (main fa5bcd7)
    assert story_scores["entity_type_accuracy"] >= 0.79  # measured 0.825 blind


def test_events_of_a_sixth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["event_recall"] >= 0.51  # measured 0.543 blind (main fa5bcd7)
    # measured 0.690 blind; 0.65 at integ15: a readiness to work with the mediators (a new phrase) is now an event
    # whose "the group" is not resolved to its party (one more dated event matching no gold event)
    assert story_scores["event_precision"] >= 0.62
    assert story_scores["events_per_fact"] <= 1.54  # measured 1.51 (gold 1.84; lower is better)
    assert story_scores["event_date_accuracy"] >= 0.39  # measured 0.421 blind
    assert story_scores["event_type_accuracy"] >= 0.40  # measured 0.429 blind (same after the CONCEDE recoding)
    assert story_scores["event_merge_coverage"] >= 0.31  # measured 0.346 blind


def test_quotes_of_a_sixth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["quote_recall"] >= 0.97  # measured 1.0 blind
    assert story_scores["speaker_accuracy"] >= 0.97  # measured 1.0 blind (14 of 14)
